package dev.spar.simulation;

import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the counterpart reacts to what the learner puts on the table: an offer stays there until it is
 * turned down or accepted, the first one may be turned down, only one on the table is accepted, and a reply
 * names it rather than ignoring it.
 */
final class OfferReaction {
    /** The rest of a figure after a cut inside it: ",000", ".50". */
    private static final Pattern FIGURE_REST = Pattern.compile("(?:[,.]\\d+)+");

    private final Temperament temperament;
    private final RandomGenerator random;
    private final Standing standing;

    private Optional<String> offerOnTable = Optional.empty();
    private Optional<Requests.Request> requestNow = Optional.empty();
    private boolean optionSeen;
    private boolean accepted;

    OfferReaction(Temperament temperament, RandomGenerator random, Standing standing) {
        this.temperament = temperament;
        this.random = random;
        this.standing = standing;
    }

    /**
     * Notes what the learner has put on the table: an offer, or a request of them put as a question ("could you text
     * first?"); it stays there until it is accepted or rejected.
     */
    void track(UtteranceAnalysis said, Content content, Optional<Requests.Request> request) {
        requestNow = request;
        // Help offered with nothing in particular to take ("I can help with that") puts nothing on the table.
        List<Act> offers = content.offersOfSomething();
        if (request.isPresent() && offers.isEmpty()) {
            offerOnTable = Optional.of(request.get().what());
        } else if (!offers.isEmpty()) {
            Act offer = richest(offers);
            offerOnTable =
                    Optional.of(wholeFigure(offer.detail().isBlank() ? offer.quote() : offer.detail(), content.text()));
        } else if (!content.offersOnlyHelp() && said.moves().stream().anyMatch(m -> m.move() == Move.OFFER_OPTION)) {
            offerOnTable = Optional.of(MoveIds.quoteOf(said, Move.OFFER_OPTION));
        }
    }

    /** Returns whether this line asks them to do something, put as a question: it is reacted to, not answered. */
    boolean requested() {
        return requestNow.isPresent();
    }

    /**
     * Says that they weigh the request just put to them, naming it from their side: "Text you the day before... Let
     * me think about that."
     */
    String weighing(List<String> lines) {
        Optional<String> what = Wording.sayableFromTheirSide(requestNow
                        .orElseThrow(() -> new IllegalStateException("no request to weigh"))
                        .what())
                .map(w -> Wording.named(Wording.shorten(w)));
        List<String> unused =
                lines.stream().filter(l -> !standing.usedLines.contains(l)).toList();
        List<String> pool = unused.isEmpty() ? lines : unused;
        String line = pool.get(random.nextInt(pool.size()));
        standing.usedLines.add(line);
        standing.lastIntent = Intent.SOFTEN;
        // What cannot be said back well ("txt b4 u come round") is not said back: the line is weighed without it.
        return what.map(w -> line.replace("{what}", w))
                .orElseGet(() -> Wording.capitalised(WHAT_LEAD.matcher(line).replaceFirst("")));
    }

    /** Takes what they pushed back on off the table: asked again, it is weighed again. */
    void pushedBack() {
        optionSeen = true;
        offerOnTable = Optional.empty();
    }

    /** Returns whether an option has been put to them yet. */
    boolean seen() {
        return optionSeen;
    }

    /** Returns whether they took what was offered, and the conversation can close. */
    boolean accepted() {
        return accepted;
    }

    /** Takes an acceptance back: what the learner said after it inflamed them. */
    void unaccept() {
        accepted = false;
    }

    /**
     * Returns whether the first option put to them is turned down, as a person of this temperament may; the offer
     * is then off the table.
     *
     * @param offered whether the line puts something on the table
     * @param answerFirst whether the line asks something to answer before reacting to an offer
     */
    boolean turnedDownFirst(boolean offered, boolean answerFirst) {
        if (offered && !answerFirst && !optionSeen && offerOnTable.isPresent()) {
            optionSeen = true;
            if (random.nextDouble() < temperament.rejectFirstOption()) {
                offerOnTable = Optional.empty();
                return true;
            }
        }
        return false;
    }

    /** Returns whether they accept the offer on the table now, which takes it off the table. */
    boolean taken(Set<String> ids) {
        if (readyToAccept(ids)) {
            accepted = true;
            offerOnTable = Optional.empty();
            return true;
        }
        return false;
    }

    /**
     * Returns whether they would take the offer on the table: the line shows a way forward, their needs are met,
     * they have held out long enough and are calm and trusting enough.
     */
    private boolean readyToAccept(Set<String> ids) {
        boolean wayForward = ids.contains(Move.OFFER_OPTION.id())
                || ids.contains(Move.NEXT_STEP.id())
                || ids.contains(Move.STATE_LIMIT.id())
                || ids.contains(Move.CLOSING_CHECK.id())
                || requestNow.isPresent();
        boolean needsMet = standing.needs.values().stream().allMatch(level -> level >= 50);
        // Only what was offered can be accepted.
        return offerOnTable.isPresent()
                && wayForward
                && needsMet
                && standing.learnerTurns >= temperament.holdOut()
                && standing.anger < temperament.acceptBelow()
                && standing.trust >= temperament.trustNeeded();
    }

    /** Names the offer the learner just made when the reply does not already: it is reacted to, not ignored. */
    String naming(String text, Content content) {
        // What the learner undertakes to do for them ("I'll do two weeks of handover") is on the table too, and says
        // what a looser offer before it means: "let me fix that part - I'll send you the terms in writing".
        List<Act> offers = content.acts().stream()
                .filter(a -> a.kind() == ActKind.PROMISE
                        || (a.kind() == ActKind.OFFER
                                && content.offersOfSomething().contains(a)))
                .toList();
        boolean reacts =
                switch (standing.lastIntent) {
                    case REJECT_OPTION, ACCEPT, SOFTEN, DEMAND, CHALLENGE, VENT, CURVEBALL, END_RESOLVED -> true;
                    case OPEN, ANSWER, ESCALATE, END_ESCALATED, END_WALKED_AWAY -> false;
                };
        if (!reacts) {
            return text;
        }
        if (offers.isEmpty()) {
            return requestNow.isPresent() ? namingRequest(text, requestNow.get()) : text;
        }
        Act offer = richest(offers);
        // A detail with nothing in it ("this") names nothing: the words of the offer do.
        String what = Wording.contentWords(offer.detail()).isEmpty()
                ? Wording.firstSentence(
                        Wording.afterLead(content.text().substring(offer.span().start())))
                : offer.detail();
        Optional<String> condition = conditionOf(offer.detail());
        String core = condition.map(c -> beforeCondition(what)).orElse(what);
        String name = Wording.shorten(wholeFigure(core, content.text()));
        // A taking or a turning down written for options names it in a word; any other reply must say at
        // more than half of it, not just a word the whole conversation is about ("refund", "pages").
        int words = sayingWhat(core);
        int namedBy =
                standing.lastIntent == Intent.ACCEPT || standing.lastIntent == Intent.REJECT_OPTION ? 1 : words / 2 + 1;
        boolean takesIt = standing.lastIntent == Intent.ACCEPT
                || standing.lastIntent == Intent.SOFTEN
                || standing.lastIntent == Intent.END_RESOLVED;
        // What they would have to do for it ("if you sign the new contract") is what they weigh: a reply that does
        // not say it names it first.
        Optional<String> conditionTheirs = condition.flatMap(Wording::sayableFromTheirSide);
        if (conditionTheirs.isPresent() && sharedWhat(text, condition.get()) == 0) {
            text = "If I " + conditionTheirs.get() + (takesIt ? ", fine. " : "? ") + text;
        }
        if (name.isBlank() || sharedWhat(text, core) >= namedBy) {
            return text;
        }
        // A clause ("I build the trade page first") is quoted back; a thing ("refund the $18") is named, from their
        // side, unless it cannot be said back well.
        if (Wording.isClause(name)) {
            return "'" + Wording.named(name) + "'" + (takesIt ? ". " : "? ") + text;
        }
        String finalText = text;
        return Wording.sayableFromTheirSide(name)
                .map(n -> Wording.named(n) + (takesIt ? ". " : "? ") + finalText)
                .orElse(text);
    }

    /**
     * Names what the learner asked them to do when the reply does not already: taken up in their own words ("I'll
     * text you the day before."), or weighed and pushed back on as a question ("Text you the day before?").
     */
    private String namingRequest(String text, Requests.Request request) {
        Optional<String> theirs = Wording.sayableFromTheirSide(request.what());
        if (theirs.isEmpty()) {
            return text;
        }
        String what = Wording.shorten(theirs.get());
        if (what.isBlank()
                || text.toLowerCase(java.util.Locale.ROOT).contains(what.toLowerCase(java.util.Locale.ROOT))
                || sharedWhat(text, request.what()) >= sayingWhat(request.what()) / 2 + 1) {
            return text;
        }
        return switch (standing.lastIntent) {
            case ACCEPT, END_RESOLVED -> (request.together() ? "We'll " : "I'll ") + what + ". " + text;
            case SOFTEN -> Wording.named(what) + "... " + text;
            case REJECT_OPTION, DEMAND, CHALLENGE, VENT, CURVEBALL -> Wording.named(what) + "? " + text;
            case OPEN, ANSWER, ESCALATE, END_ESCALATED, END_WALKED_AWAY -> text;
        };
    }

    /** The slot a weighed request opens with ("{what}... ", "{what}? "), left out when it cannot be said back. */
    private static final Pattern WHAT_LEAD = Pattern.compile("^\\{what}[.?!]*\\s*");

    /** Words that say when, not what: "right now" or "today" in an offer names nothing of it. */
    private static final Set<String> WHEN_WORDS = Set.of(
            "now", "today", "tonight", "tomorrow", "right", "straight", "away", "asap", "immediately", "shortly");

    /** What a condition on an offer asks of them: "sign up to the new contract" in "... if you sign up to ...". */
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:if|as long as|so long as|provided|providing|on condition that|in exchange for) (?:you|u) (?:agree to )?"
                    + "(\\w[^.!?,;]*?)(?:\\s+(?:today|now|right now|tonight|this week|by \\w+))?(?=[.!?,;]|$)");

    private static Optional<String> conditionOf(String offer) {
        Matcher m = CONDITION.matcher(offer.strip());
        return m.find() && sayingWhat(m.group(1)) > 0 ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Returns the offer without its condition: "waive the $75" of "waive the $75 if you sign up...". */
    private static String beforeCondition(String offer) {
        Matcher m = CONDITION.matcher(offer);
        return m.find() && m.start() > 0 ? offer.substring(0, m.start()).strip() : offer;
    }

    private static int sayingWhat(String text) {
        return (int) Wording.contentWords(text).stream()
                .filter(w -> !WHEN_WORDS.contains(w))
                .count();
    }

    /** Returns how many words that say what, not when, two texts share. */
    private static int sharedWhat(String a, String b) {
        Set<String> words = Wording.contentWords(a);
        words.retainAll(Wording.contentWords(b));
        words.removeAll(WHEN_WORDS);
        return words.size();
    }

    /**
     * Returns the offer that says most of what is on the table: "send a second suit by same-day courier" rather
     * than the "you'd have it before Saturday" that follows it; the later of two that say as much.
     */
    private static Act richest(List<Act> offers) {
        Act richest = offers.getFirst();
        for (Act offer : offers) {
            if (Wording.contentWords(offer.detail()).size()
                    >= Wording.contentWords(richest.detail()).size()) {
                richest = offer;
            }
        }
        return richest;
    }

    /**
     * Returns a phrase cut inside a figure with the rest of the figure from the line it came from: "hold you
     * at $48" said as "hold you at $48,000" is named as $48,000, not as a price forty-eight dollars.
     */
    static String wholeFigure(String phrase, String line) {
        int at = line.indexOf(phrase);
        if (at < 0 || phrase.isEmpty() || !Character.isDigit(phrase.charAt(phrase.length() - 1))) {
            return phrase;
        }
        Matcher rest = FIGURE_REST.matcher(line.substring(at + phrase.length()));
        return rest.lookingAt() ? phrase + rest.group() : phrase;
    }
}
