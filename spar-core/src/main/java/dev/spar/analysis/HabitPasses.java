package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.OVER_APOLOGY;
import static dev.spar.analysis.FindingCategory.OVER_EXPLAINING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.ReadingWords.APOLOGY_QUOTE_CHARS;
import static dev.spar.analysis.ReadingWords.DECIDED_LATER;
import static dev.spar.analysis.ReadingWords.EXPLANATION_WORDS;
import static dev.spar.analysis.ReadingWords.HOSTILE;
import static dev.spar.analysis.ReadingWords.JUSTIFICATIONS;
import static dev.spar.analysis.ReadingWords.OWN_ASK;
import static dev.spar.analysis.ReadingWords.SUBSTANCE;
import static dev.spar.analysis.ReadingWords.TONE_BOUNDARIES;
import static dev.spar.analysis.ReadingWords.TRAILING_SORRY;
import static dev.spar.analysis.ReadingWords.UNDERSTANDING;
import static dev.spar.analysis.ReadingWords.WAY_BACK;

import dev.spar.analysis.Reading.Found;
import dev.spar.analysis.Reading.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passes that turn hits and moves into habits and strengths: policy first, canned empathy,
 * over-apology, over-explaining, honest limits, strengths of the moves, and the final settling of flags. They read and change the state of one {@link Reading}.
 */
final class HabitPasses {
    private final Reading r;

    HabitPasses(Reading reading) {
        this.r = reading;
    }

    void findFlags() {
        for (Hit hit : r.hits) {
            if (hit.phrase().flags()
                    && !DECIDED_LATER.contains(hit.category())
                    && !softensAFeeling(hit)
                    && !boundaryWithAWayBack(hit)
                    && !aNoThatGoesOn(hit)
                    && !aNoThatAnswersTheirQuestion(hit)) {
                if (hit.category().isProblem()) {
                    r.flags.add(new Flag(
                            hit.category(),
                            hit.evidence(),
                            r.quote(hit.evidence()),
                            hit.phrase().alternative()));
                } else if (r.notForThem.stream().noneMatch(span -> Reading.overlaps(span, hit.evidence()))) {
                    strength(hit.category(), hit.evidence());
                }
            }
        }
        flagClearLimits();
        flagPolicyFirst();
        flagCannedEmpathy();
        flagOverApology();
        flagOverExplaining();
        flagStrengthsOfMoves();
        settleFlags();
    }

    /**
     * "A little bit lost", "kind of overwhelmed": a softener inside a sentence that names their feeling or its
     * impact qualifies the feeling, it does not undermine the speaker.
     */
    boolean softensAFeeling(Hit hit) {
        return hit.category() == FindingCategory.HEDGING
                && r.found.stream()
                        .anyMatch(f -> f.sentence() == hit.sentence()
                                && (f.move() == Move.EMPATHISE || f.move() == Move.ACKNOWLEDGE));
    }

    /**
     * "No." said as a sentence of its own refuses flatly when little follows ("No. Not possible."); followed by what
     * the speaker means ("No. I'm saying two of the comments were personal") it is a firm answer, not a brush-off.
     * "No!" refuses whatever follows.
     */
    boolean aNoThatGoesOn(Hit hit) {
        if (!hit.phrase().answeredAfter() || hit.sentence() == r.sentences.size() - 1) {
            return false;
        }
        Span sentence = r.sentences.get(hit.sentence());
        String rest = r.norm.substring(sentence.end()).strip();
        return r.norm.substring(hit.match().end(), sentence.end()).strip().matches("\\.?")
                && rest.split("\\s+").length >= WORDS_OF_AN_ANSWER;
    }

    /**
     * "No, definitely not." to "Are you telling me it's my fault?" answers their question, plainly and firmly; it
     * refuses nothing. A no to what they ask for ("Can I get a refund?", "Will you waive it?") still can be flat.
     */
    boolean aNoThatAnswersTheirQuestion(Hit hit) {
        if (!hit.phrase().answeredAfter()) {
            return false;
        }
        String theirs = r.context.counterpartLastLine().strip();
        if (!theirs.endsWith("?")) {
            return false;
        }
        String[] sentences = theirs.split("(?<=[.!?])\\s+");
        String question = sentences[sentences.length - 1];
        return YES_NO_QUESTION.matcher(question).lookingAt()
                && !ASKS_FOR_SOMETHING.matcher(question).find();
    }

    /** "Is there any way to get it today?", "Do you do refunds?": a yes/no question that asks for something. */
    private static final java.util.regex.Pattern ASKS_FOR_SOMETHING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:any ?way|anything|anyone|possible|an? option|can (?:i|you|we|u)|could (?:i|you|we|u)|get (?:it|my|a|an|the|me)"
                    + "|refunds?|money back|waive|send|give|do (?:you|u) (?:do|offer|have))\\b");

    /** A question asking whether something is so, not asking for something: "are you saying...", "did I...". */
    private static final java.util.regex.Pattern YES_NO_QUESTION = java.util.regex.Pattern.compile(
            "(?i)(?:(?:so|and|but|wait|oh|hang on|sorry|seriously|honestly|really)[,.!]?\\s+)*(?:are|is|was|were|am|do|does|did"
                    + "|have|has|isn't|aren't|wasn't|don't|doesn't|didn't|haven't|hasn't)\\b");

    /** The fewest words after a bare "No." that say what the speaker means rather than close the door. */
    private static final int WORDS_OF_AN_ANSWER = 5;

    /**
     * "I won't be spoken to like that" answers heat with heat when it stands alone; with a way back to the problem
     * elsewhere in the turn (an option, a next step, "let's keep it about the car") it is a boundary.
     */
    boolean boundaryWithAWayBack(Hit hit) {
        return TONE_BOUNDARIES.contains(hit.phrase().id())
                && r.found.stream()
                        .anyMatch(f -> WAY_BACK.contains(f.move())
                                && !Reading.overlaps(f.span(), hit.evidence())
                                && (f.source() == null || f.source().category() != FindingCategory.REACTIVE));
    }

    /**
     * Policy language is policy-first only when nothing understanding came before it, and when it is not part
     * of an honest limit that says what can be done instead ("under the current policy I can't, but I can...").
     */
    void flagPolicyFirst() {
        if (r.context.acknowledgedBefore()) {
            return;
        }
        for (Hit hit : r.hits) {
            if (hit.category() != POLICY_FIRST) {
                continue;
            }
            boolean understoodFirst = r.found.stream()
                    .anyMatch(f -> UNDERSTANDING.contains(f.move())
                            && !f.fromStock()
                            && f.span().start() < hit.evidence().start());
            boolean withAWayForward = r.flags.stream()
                    .anyMatch(f -> f.category() == CLEAR_LIMIT && Reading.contains(f.span(), hit.evidence()));
            if (!understoodFirst && !withAWayForward) {
                r.flags.add(new Flag(
                        POLICY_FIRST,
                        hit.evidence(),
                        r.quote(hit.evidence()),
                        hit.phrase().alternative()));
            }
        }
    }

    /**
     * A stock empathy line is canned when it was said before, or when nothing specific surrounds it; a script's
     * formula is canned wherever it is said.
     */
    void flagCannedEmpathy() {
        List<Hit> stock = r.hits.stream().filter(Hit::isStock).toList();
        if (stock.isEmpty()) {
            return;
        }
        List<Span> covered = new ArrayList<>();
        for (Hit hit : r.hits) {
            if (hit.isStock() || (hit.phrase().flags() && hit.category().isProblem())) {
                covered.add(hit.evidence());
            }
        }
        boolean substance = r.found.stream()
                .anyMatch(f -> SUBSTANCE.contains(f.move())
                        && !f.fromStock()
                        && covered.stream().noneMatch(c -> Reading.contains(c, f.span())));
        boolean wordy = r.contentWordsOutside(covered) >= 4;
        List<String> earlier = r.context.earlierLearnerTurns().stream()
                .map(t -> PhraseBook.normalize(t.text().substring(0, Reading.readableLength(t.text()))))
                .toList();
        for (Hit hit : stock) {
            boolean repeated = earlier.stream()
                    .anyMatch(e -> hit.phrase().pattern().matcher(e).find());
            if (repeated || hit.phrase().scripted() || !(substance || wordy)) {
                r.flags.add(new Flag(
                        CANNED_EMPATHY,
                        hit.evidence(),
                        r.quote(hit.evidence()),
                        hit.phrase().alternative()));
            }
        }
    }

    /**
     * Two apologies in one turn, one more after two earlier turns that apologised, or a bare "sorry" tagged on
     * after the speaker's own ask, is too many.
     */
    void flagOverApology() {
        List<Span> apologies = r.found.stream()
                .filter(f -> f.move() == Move.APOLOGISE)
                .map(Found::span)
                .toList();
        if (apologies.isEmpty()) {
            return;
        }
        long earlier = r.context.earlierLearnerTurns().stream()
                .filter(t -> t.has(Move.APOLOGISE))
                .count();
        Span span;
        if (apologies.size() >= 2) {
            Span first = apologies.getFirst();
            Span last = apologies.getLast();
            span = last.end() - first.start() <= APOLOGY_QUOTE_CHARS ? new Span(first.start(), last.end()) : last;
        } else if (earlier >= 2) {
            span = apologies.getFirst();
        } else if (TRAILING_SORRY.matcher(r.norm).find()
                && OWN_ASK.matcher(r.norm).find()) {
            span = apologies.getLast();
        } else {
            return;
        }
        r.flags.add(new Flag(
                OVER_APOLOGY,
                span,
                r.quote(span),
                "Apologise once, for something specific, then move to action: \"I'm sorry this held you up. Here's what I'll"
                        + " do now.\""));
    }

    /** A long justification, or one with many reasons, sounds defensive. */
    void flagOverExplaining() {
        Matcher reasons = PhraseBook.justification().matcher(r.norm);
        int count = 0;
        Span longest = null;
        int words = 0;
        for (Span sentence : r.sentences) {
            reasons.region(sentence.start(), sentence.end());
            boolean justifies = false;
            while (reasons.find()) {
                count++;
                justifies = true;
            }
            if (justifies && (longest == null || Reading.length(sentence) > Reading.length(longest))) {
                longest = sentence;
            }
            if (!Sentences.isQuestion(r.norm, sentence)) {
                words += r.wordCount(sentence);
            }
        }
        boolean explains = longest != null || r.found.stream().anyMatch(f -> f.move() == Move.EXPLAIN);
        boolean movesOn = r.found.stream()
                .anyMatch(f -> f.move().isQuestion() || f.move() == Move.NEXT_STEP || f.move() == Move.CLOSING_CHECK);
        if (count < JUSTIFICATIONS && !(words > EXPLANATION_WORDS && explains && !movesOn)) {
            return;
        }
        Span evidence = longest != null ? longest : longestExplainingSentence();
        r.found.add(new Found(Move.OVER_EXPLAIN, evidence, r.sentences.indexOf(evidence), null));
        r.flags.add(new Flag(
                OVER_EXPLAINING,
                evidence,
                r.quote(evidence),
                "Give the one reason that matters, then the next step: \"The part is back-ordered until Friday. I'll call you"
                        + " the day it ships.\""));
    }

    Span longestExplainingSentence() {
        Span longest = r.sentences.getFirst();
        for (Found f : r.found) {
            if (f.move() == Move.EXPLAIN && Reading.length(f.span()) > Reading.length(longest)) {
                longest = f.span();
            }
        }
        return longest;
    }

    /** Strengths that follow from the moves themselves, once the moves are settled. */
    void flagStrengthsOfMoves() {
        Set<Integer> hostile = new HashSet<>();
        for (Hit hit : r.hits) {
            if (hit.phrase().flags() && HOSTILE.contains(hit.category())) {
                hostile.add(hit.sentence());
            }
        }
        r.sympathies.forEach(span -> strength(FindingCategory.EMPATHY, span));
        Pattern time = PhraseBook.timeExpression();
        for (Found f : r.found) {
            switch (f.move()) {
                case PARAPHRASE -> strength(FindingCategory.PARAPHRASE, f.span());
                case OPEN_QUESTION -> {
                    if (!hostile.contains(f.sentence())) {
                        strength(FindingCategory.OPEN_QUESTION, f.span());
                    }
                }
                case CLOSING_CHECK -> strength(FindingCategory.CLOSING_CHECK, f.span());
                case NEXT_STEP -> {
                    Span sentence = r.sentences.get(f.sentence());
                    Matcher m = time.matcher(r.norm).region(sentence.start(), sentence.end());
                    if (m.find()) {
                        strength(NEXT_STEP, f.span());
                    }
                }
                default -> {
                    // Other moves carry their strength on the phrase, or have none.
                }
            }
        }
    }

    /** "I can't X" followed, in that sentence or the next, by what they can do instead is an honest limit. */
    void flagClearLimits() {
        for (Hit hit : r.hits) {
            if (hit.category() != CLEAR_LIMIT) {
                continue;
            }
            r.found.stream()
                    .filter(f -> (f.move() == Move.OFFER_OPTION || f.move() == Move.NEXT_STEP)
                            && f.span().start() >= hit.match().end()
                            && f.sentence() <= hit.sentence() + 1)
                    .findFirst()
                    .ifPresent(f -> strength(
                            CLEAR_LIMIT,
                            new Span(
                                    hit.evidence().start(),
                                    r.sentences.get(f.sentence()).end())));
        }
    }

    void strength(FindingCategory category, Span span) {
        r.flags.add(new Flag(category, span, r.quote(span), ""));
    }

    /**
     * Keeps one flag per habit and place: overlapping flags of one category merge into the longest, and a
     * problem inside a longer, more specific problem ("I guess" inside "I guess I could stay") gives way.
     */
    void settleFlags() {
        r.flags.sort(
                Comparator.comparingInt((Flag f) -> -Reading.length(f.span())).thenComparing(Flag::category));
        List<Flag> kept = new ArrayList<>();
        for (Flag f : r.flags) {
            boolean redundant = kept.stream()
                    .anyMatch(k -> (k.category() == f.category() && Reading.overlaps(k.span(), f.span()))
                            || (k.category().isProblem()
                                    && f.category().isProblem()
                                    && Reading.contains(k.span(), f.span())
                                    && !k.span().equals(f.span())));
            if (!redundant) {
                kept.add(f);
            }
        }
        r.flags.clear();
        r.flags.addAll(kept);
    }
}
