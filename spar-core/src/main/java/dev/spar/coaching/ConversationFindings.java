package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.BareAcknowledgement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The findings about the conversation as a whole, each tied to the line where it was due: no acknowledgement
 * while they were upset (the line right after), no neutral summary (after they set out their side), solving
 * before asking, no next step and no closing check (the last line); the key points are in {@link
 * KeyPointFindings}. Each comes with a suggested line when one reads cleanly at that point.
 */
final class ConversationFindings {
    /** How angry they are when a line is due to acknowledge it (the hints use the same mark). */
    static final int UPSET = 35;

    private ConversationFindings() {}

    /** Adds the conversation-level findings of a run; a line in {@code spoilt} earns no credit for a step. */
    static void add(RunView run, Rewriter rewriter, List<Turn> learner, Set<Integer> spoilt, List<Finding> findings) {
        Scenario scenario = run.scenario();
        ConversationKind kind = run.kind();
        Outcome outcome = run.practice().outcome();
        if (learner.isEmpty()) {
            KeyPointFindings.beforeAnyLine(scenario, findings);
            return;
        }
        List<Turn> credited =
                learner.stream().filter(t -> !spoilt.contains(t.number())).toList();
        Turn first = learner.getFirst();
        Turn last = learner.getLast();
        Optional<DecisionMap> map = scenario.decisionMap();
        boolean long_ = learner.size() >= 3 || outcome.isFinal();
        boolean raisingIt = scenario.opener() == Scenario.Opener.LEARNER;

        missingAcknowledgement(run, rewriter, learner, spoilt).ifPresent(findings::add);

        if (long_ && credited.stream().noneMatch(ConversationFindings::summarises)) {
            Turn anchor = afterTheirSide(run, learner).orElse(learner.size() > 1 ? learner.get(1) : first);
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_PARAPHRASE,
                    (raisingIt
                                    ? "You never said their side back to them. "
                                    : "You never said their problem back to them. ")
                            + FindingCategory.MISSING_PARAPHRASE.why(),
                    summaryInTheirWords(run, rewriter, anchor, raisingIt || kind != ConversationKind.CUSTOMER)));
        }

        Optional<Turn> firstSolving = firstWith(learner, Move.OFFER_OPTION, Move.CITE_POLICY, Move.STATE_LIMIT);
        Optional<Turn> firstQuestion = learner.stream()
                .filter(t -> t.analysis().orElseThrow().moves().stream()
                                .anyMatch(m -> m.move().isQuestion())
                        || run.content(t.number())
                                .filter(c -> c.has(ActKind.ASK))
                                .isPresent())
                .findFirst();
        boolean solvedBeforeAsking = firstSolving.isPresent()
                && (firstQuestion.isEmpty()
                        || firstQuestion.get().number() > firstSolving.get().number());
        if (solvedBeforeAsking || (long_ && firstQuestion.isEmpty())) {
            Turn anchor = firstSolving.orElse(first);
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f ->
                            ": " + Phrasings.toYou(BriefWords.lowerFirst(BriefWords.stripStop(BriefWords.sayable(f)))))
                    .orElse("");
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_QUESTION,
                    raisingIt
                            ? "You never asked for their side. Hearing it is what makes them listen to yours."
                            : "You moved to answers before asking what happened. "
                                    + FindingCategory.MISSING_QUESTION.why(),
                    suggested(rewriter, Phrasings.question(kind, raisingIt, fact), anchor)));
        }

        boolean stepped = findings.stream()
                .anyMatch(f -> f.category() == FindingCategory.NEXT_STEP && !spoilt.contains(f.turn()));
        if (long_ && !stepped && !agreed(run)) {
            Optional<String> offer = map.flatMap(m -> m.mayOffer().stream().findFirst())
                    .map(o -> BriefWords.lowerFirst(BriefWords.stripStop(o)));
            String point = scenario.learner().keyPoints().stream()
                    .findFirst()
                    .map(k -> BriefWords.lowerFirst(BriefWords.stripStop(scenario.withFacts(k.text()))))
                    .orElse("what we just discussed");
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_NEXT_STEP,
                    "The conversation ended without a concrete next step. " + FindingCategory.MISSING_NEXT_STEP.why(),
                    suggested(rewriter, Phrasings.nextStep(kind, offer, point), last)));
        }

        boolean reachedClose = learner.size() >= 4;
        if (kind.closesWithACheck()
                && reachedClose
                && !run.endedByThem()
                && credited.stream().noneMatch(t -> has(t, Move.CLOSING_CHECK))) {
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_CLOSING_CHECK,
                    "You never checked whether they were satisfied or had anything left. "
                            + FindingCategory.MISSING_CLOSING_CHECK.why(),
                    suggested(rewriter, "Does that cover everything, or is there something I have missed?", last)));
        }

        KeyPointFindings.add(scenario, learner, credited, spoilt, findings);
    }

    /**
     * Flags a missing acknowledgement at the learner's line right after the other person first showed they were
     * upset, when neither that line nor the next acknowledged it.
     */
    private static Optional<Finding> missingAcknowledgement(
            RunView run, Rewriter rewriter, List<Turn> learner, Set<Integer> spoilt) {
        // A friend, a relative or a colleague the learner goes to with something new is not upset about it before
        // they hear it: they are acknowledged once they show it. A customer called back is upset from the start.
        boolean raisingItThemselves =
                run.scenario().opener() == Scenario.Opener.LEARNER && run.kind() != ConversationKind.CUSTOMER;
        int upsetAt = run.practice().startingState().anger() >= UPSET && !raisingItThemselves ? 0 : -1;
        if (upsetAt < 0) {
            upsetAt = run.turns().stream()
                    .filter(t -> t.state().filter(s -> s.anger() >= UPSET).isPresent())
                    .mapToInt(Turn::number)
                    .findFirst()
                    .orElse(-1);
        }
        if (upsetAt < 0) {
            return Optional.empty();
        }
        int from = upsetAt;
        List<Turn> due =
                learner.stream().filter(t -> t.number() > from).limit(2).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        boolean acknowledged =
                due.stream().filter(t -> !spoilt.contains(t.number())).anyMatch(t -> acknowledges(run, t));
        if (acknowledged) {
            return Optional.empty();
        }
        Turn anchor = due.getFirst();
        String when;
        if (upsetAt < learner.getFirst().number()) {
            when = run.scenario().opener() == Scenario.Opener.LEARNER
                    ? "They were upset from the start and you moved on without naming it. "
                    : "They opened upset and you moved on without naming the impact. ";
        } else {
            when = "They were upset at turn " + upsetAt + " and you moved on without naming it. ";
        }
        return Optional.of(new Finding(
                anchor.number(),
                anchor.text(),
                FindingCategory.MISSING_ACKNOWLEDGEMENT,
                when + FindingCategory.MISSING_ACKNOWLEDGEMENT.why(),
                suggested(rewriter, Phrasings.acknowledgement(run.kind()), anchor)));
    }

    /**
     * Whether the other person agreed to what was on the table ("Alright. I'll text the day before."): an agreement
     * reached is the next step, and asking for one after it would reopen what was settled.
     */
    private static boolean agreed(RunView run) {
        return run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .anyMatch(t -> t.intent().filter(i -> i == Intent.ACCEPT).isPresent()
                        || run.content(t.number())
                                .filter(c -> c.has(ActKind.ACCEPT))
                                .isPresent());
    }

    /**
     * Whether a line names their side: an acknowledgement, a summary or empathy that is not a stock line, or a key
     * point of the learner's that is itself an acknowledgement ("I know you need it for the wedding on Saturday"
     * makes the point "I understand you need this for the wedding"; the review cannot credit it and say it was
     * never acknowledged).
     */
    private static boolean acknowledges(RunView run, Turn turn) {
        UtteranceAnalysis a = turn.analysis().orElseThrow();
        if (a.has(Move.ACKNOWLEDGE)
                || a.has(Move.PARAPHRASE)
                || a.has(FindingCategory.EMPATHY)
                || a.has(FindingCategory.ACKNOWLEDGEMENT)
                || (a.has(Move.EMPATHISE) && !a.has(FindingCategory.CANNED_EMPATHY))) {
            return true;
        }
        return run.scenario().learner().keyPoints().stream()
                .filter(point -> ACKNOWLEDGING_POINT.matcher(point.text()).lookingAt())
                .anyMatch(point -> CueMatch.makes(run.scenario(), point, turn.text()));
    }

    /** A key point that is itself an acknowledgement of their side: "I understand you need this for the wedding". */
    private static final Pattern ACKNOWLEDGING_POINT = Pattern.compile(
            "(?i)i (?:understand|know|can see|can hear|hear|get|realise|realize|appreciate) (?:that |how |why )?(?:you|your"
                    + "|this (?:matters|is|has))\\b");

    /**
     * Returns a summary to say at a turn, made of what they said before it (a brief's "feels nobody cares" is a
     * guess they never voiced), or nothing when none of their sentences says back cleanly.
     */
    private static Optional<String> summaryInTheirWords(
            RunView run, Rewriter rewriter, Turn anchor, boolean theirSide) {
        int side = theirSide(run).orElse(-1);
        return TheirWords.saidBack(run.turns(), anchor.number(), side, run.scenario()).stream()
                .filter(BareAcknowledgement::saysSomethingBack)
                .limit(6)
                .map(said -> theirSide
                        ? "So what I'm hearing is that " + said + ". Is that right?"
                        : "So if I have this right, " + said + ". Is that right?")
                .filter(summary -> rewriter.clean(summary, anchor.number()))
                .findFirst();
    }

    /** Returns the turn where the other person first set out their side, if any. */
    private static OptionalInt theirSide(RunView run) {
        return run.turns().stream()
                .filter(t -> t.intent()
                        .filter(i -> i == Intent.VENT || i == Intent.CHALLENGE || i == Intent.DEMAND)
                        .isPresent())
                .mapToInt(Turn::number)
                .findFirst();
    }

    /** Returns the learner's line right after the other person first set out their side, if any. */
    private static Optional<Turn> afterTheirSide(RunView run, List<Turn> learner) {
        OptionalInt side = theirSide(run);
        if (side.isEmpty()) {
            return Optional.empty();
        }
        return learner.stream().filter(t -> t.number() > side.getAsInt()).findFirst();
    }

    /** Returns a suggested line for a skipped step, when it reads cleanly at that point of the conversation. */
    private static Optional<String> suggested(Rewriter rewriter, String suggestion, Turn anchor) {
        return rewriter.clean(suggestion, anchor.number()) ? Optional.of(suggestion) : Optional.empty();
    }

    private static Optional<Turn> firstWith(List<Turn> turns, Move... moves) {
        return turns.stream()
                .filter(t -> {
                    for (Move m : moves) {
                        if (has(t, m)) {
                            return true;
                        }
                    }
                    return false;
                })
                .findFirst();
    }

    /** Returns whether a turn says something of theirs back in a summary, not only "ok i hear you". */
    private static boolean summarises(Turn turn) {
        return turn.analysis().stream()
                .flatMap(a -> a.moves().stream())
                .anyMatch(m -> m.move() == Move.PARAPHRASE && BareAcknowledgement.saysSomethingBack(m.quote()));
    }

    private static boolean has(Turn turn, Move move) {
        return turn.analysis().map(a -> a.has(move)).orElse(false);
    }
}
