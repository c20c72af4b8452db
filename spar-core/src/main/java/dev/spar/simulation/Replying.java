package dev.spar.simulation;

import dev.spar.analysis.Flag;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Line;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.Side;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Decides how the counterpart replies to what the learner said: which question it takes up and the answer it
 * gives (the same each time it is asked), the rejoinder to what stung, and how someone they both know is.
 */
final class Replying {
    private final Scenario scenario;
    private final Optional<PersonaVersion> version;
    private final Answers answers;
    private final RandomGenerator random;
    private final Standing standing;
    private final LineChoice lines;

    Replying(
            Scenario scenario,
            Optional<PersonaVersion> version,
            Answers answers,
            RandomGenerator random,
            Standing standing,
            LineChoice lines) {
        this.scenario = scenario;
        this.version = version;
        this.answers = answers;
        this.random = random;
        this.standing = standing;
        this.lines = lines;
    }

    /**
     * Returns the first topic the line asks about that this person can answer. A question about what is
     * beyond them ("why is it crashing, the firmware?") is not taken for an answer line that merely shares a
     * word with it; a fact is still a fact.
     */
    Optional<String> answerableTopic(Content content) {
        boolean beyondThem = Answers.beyondThem(content.text());
        return content.topicsAsked().stream()
                .filter(answers::canAnswer)
                .filter(topic -> !beyondThem || answers.isFact(topic))
                .findFirst()
                .or(() -> raisedDemand(content));
    }

    /** A point the learner came to make that puts a requirement on them: "the invoice needs to be paid before...". */
    private static final java.util.regex.Pattern REQUIREMENT = java.util.regex.Pattern.compile(
            "\\b(?:needs? to be|must be|has to be|have to be)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Returns the topic of an answer line of theirs that a statement raises when it makes the learner's point of what
     * they must do ("the invoice is 52 days overdue", "I need the overdue invoice settled first"): the line they have
     * for it ("The $6,400? ... End of the month, probably") is said, once, rather than talking past it. A question or
     * an offer is read as such; a point that asks nothing of them is not raised this way.
     */
    private Optional<String> raisedDemand(Content content) {
        String text = content.text();
        if (!content.topicsAsked().isEmpty()
                || content.has(ActKind.OFFER)
                || text.strip().endsWith("?")) {
            return Optional.empty();
        }
        for (KeyPoint point : scenario.learner().keyPoints()) {
            if (!REQUIREMENT.matcher(point.text()).find()) {
                continue;
            }
            for (String cue : point.cues()) {
                if (!Cues.mentions(text, cue)) {
                    continue;
                }
                // The words of the point that were said name the line ("overdue invoice"), else the line around them
                // does.
                Optional<String> topic = answers.topics()
                        .namedIn(cue)
                        .or(() -> answers.topics().namedIn(text))
                        .filter(t -> t.value().isEmpty())
                        .map(dev.spar.understanding.Topic::id)
                        .filter(id -> !answers.answeredBefore(id, standing.memory));
                if (topic.isPresent()) {
                    return topic;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the fact a closed question names a figure of ("is it $152 a month now?"), unless the line asks
     * about a fact whose own figure it could be confused with, or is an offer or ground given.
     */
    Optional<Checks.Checked> figureChecked(Content content, Optional<String> asked) {
        if (content.has(ActKind.OFFER) || content.has(ActKind.GIVE_GROUND)) {
            return Optional.empty();
        }
        Optional<Checks.Checked> checked = Checks.figureIn(content.text(), scenario.facts());
        boolean askedAboutAnother = asked.filter(answers::isFact)
                .map(t -> Checks.figureIn("is it " + scenario.facts().get(t) + "?", scenario.facts()))
                .filter(Optional::isPresent)
                .isPresent();
        return askedAboutAnother ? Optional.empty() : checked;
    }

    /**
     * Says how someone is when the learner asks after a person they both know, before going back to what
     * this person wants: "how's Leah?" is not ignored, nor does it change the subject for good.
     */
    String answeringAfterSomeone(String text, String learnerText, boolean answeredATopic, Optional<String> echo) {
        Optional<String> name = Checks.personAskedAfter(learnerText, scenario.facts());
        if (name.isEmpty() || text.contains(name.get())) {
            return text;
        }
        if (standing.outcome.isFinal()) {
            return text;
        }
        Supplier<String> about = () -> answers.askedAfter(
                name.get(), standing.temper(), standing.usedLines, t -> lines.fill(t, echo, Optional.empty()));
        return switch (standing.lastIntent) {
            case ANSWER -> answeredATopic ? text : about.get();
            case OPEN, DEMAND, VENT, SOFTEN, CURVEBALL -> about.get() + " " + text;
            // Pushing back, deciding or leaving is not the moment for how someone is.
            case CHALLENGE, REJECT_OPTION, ACCEPT, ESCALATE, END_RESOLVED, END_ESCALATED, END_WALKED_AWAY -> text;
        };
    }

    /** Answers a question about a topic: the same answer every time it is asked, pointed back to after the first. */
    String answer(String topic, Set<String> ids, Optional<String> echo, String learnerText) {
        Optional<Answers.Answer> answer = answers.to(
                topic,
                standing.memory,
                standing.temper(),
                random,
                standing.usedLines,
                text -> lines.fill(text, echo, Optional.empty()));
        if (answer.isPresent()) {
            standing.lastIntent = Intent.ANSWER;
            return answer.get().text();
        }
        return lines.speak(Intent.ANSWER, ids, echo, learnerText);
    }

    /**
     * Adds the answer to a second question of the same line ("what's the order number, and how much did you pay?"):
     * both were asked, so both are answered, the second after the first.
     */
    String alsoAnswering(String text, String first, Content content, Optional<String> echo) {
        if (standing.lastIntent != Intent.ANSWER) {
            return text;
        }
        Optional<String> second = content.topicsAsked().stream()
                .filter(t -> !t.equals(first) && answers.canAnswer(t))
                .findFirst();
        if (second.isEmpty()) {
            return text;
        }
        return answers.to(
                        second.get(),
                        standing.memory,
                        standing.temper(),
                        random,
                        standing.usedLines,
                        t -> lines.fill(t, echo, Optional.empty()))
                .map(more -> text.contains(more.text()) ? text : text + " " + more.text())
                .orElse(text);
    }

    /**
     * Pushes back on what stung: an authored line made for the move comes first, being in their voice; then
     * a stock rejoinder to what the line did.
     */
    String rejoin(Act sting, Intent intent, Set<String> ids, Optional<String> echo, String learnerText) {
        // Lines authored for a concession are often written as challenges: a demand looks there too.
        List<Intent> authoredFor = intent == Intent.DEMAND ? List.of(Intent.DEMAND, Intent.CHALLENGE) : List.of(intent);
        // A line written for what stung comes before one written for something else the line did.
        Set<String> stingIds = MoveIds.of(new Content(learnerText, Side.LEARNER, List.of(sting)));
        for (Set<String> matching : stingIds.isEmpty() ? List.of(ids) : List.of(stingIds, ids)) {
            for (Intent each : authoredFor) {
                // This version's own line first, then the scenario's.
                List<Line> own = version.map(v -> v.lines().forIntent(each)).orElse(List.of());
                Optional<String> authored = lines.choose(own, each, matching, echo, learnerText, true)
                        .or(() -> lines.choose(
                                scenario.lines().forIntent(each), each, matching, echo, learnerText, true));
                if (authored.isPresent()) {
                    standing.lastIntent = each;
                    return withoutThanks(authored.get());
                }
            }
        }
        // Nothing was written for what stung: this version says it in its own voice (the sarcastic one is
        // sarcastic) before the stock rejoinders, which any person might say.
        Optional<List<Line>> ownVoice =
                version.map(v -> v.lines().forIntent(intent)).filter(l -> !l.isEmpty());
        Optional<String> voiced =
                ownVoice.flatMap(own -> lines.choose(own, intent, Set.of(), echo, learnerText, false));
        if (voiced.isPresent()) {
            standing.lastIntent = intent;
            return withoutThanks(voiced.get());
        }
        Optional<String> stock = Rejoinders.to(sting, standing.temper(), random, standing.usedLines);
        if (stock.isPresent()) {
            standing.lastIntent = intent;
            return stock.get();
        }
        return lines.speak(intent, ids, echo, learnerText);
    }

    /** Thanks opening a line ("Thanks, but I don't need the background."), with what it leads into. */
    private static final java.util.regex.Pattern THANKS_FIRST = java.util.regex.Pattern.compile(
            "^(?:thanks|thank you|cheers)(?: for that)?[,.!]*\\s+(?:but\\s+)?(?=\\w)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Returns a line to what stung without the thanks it opens with: a jab is not thanked. */
    private static String withoutThanks(String line) {
        return Wording.capitalised(THANKS_FIRST.matcher(line).replaceFirst(""));
    }

    /** Returns the learner's words a reply may quote back ({echo}): a problem habit's first, else a move's. */
    static Optional<String> echoOf(UtteranceAnalysis said) {
        for (Flag flag : said.flags()) {
            if (flag.category().isProblem() && !flag.quote().isBlank()) {
                return Optional.of(Wording.shorten(flag.quote()));
            }
        }
        // Their own question is never thrown back at them as a quote ("You said 'what's the address?'").
        for (MoveEvidence m : said.moves()) {
            if (!m.quote().isBlank()
                    && !m.move().isQuestion()
                    && !m.quote().strip().endsWith("?")) {
                return Optional.of(Wording.shorten(m.quote()));
            }
        }
        return Optional.empty();
    }

    /** Answers a closed question that names a figure of a fact ("is it $152 a month now?"): yes, or the right one. */
    String checking(Checks.Checked checked) {
        standing.lastIntent = Intent.ANSWER;
        return answers.checking(checked, standing.memory, standing.temper(), random, standing.usedLines)
                .text();
    }
}
