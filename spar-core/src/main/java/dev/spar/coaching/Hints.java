package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Practice;
import java.util.List;
import java.util.Optional;

/** Suggests the learner's next move during a run, given where it stands, in the words of this kind of conversation. */
final class Hints {
    private Hints() {}

    /** Returns the hint for where the run stands now. */
    static String next(Practice practice) {
        if (practice.outcome().isFinal()) {
            return "The conversation is over: read the review, or restart and try a different line.";
        }
        Scenario scenario = practice.scenario();
        ConversationKind kind = ConversationKind.of(scenario);
        List<UtteranceAnalysis> said =
                practice.turns().stream().flatMap(t -> t.analysis().stream()).toList();
        CounterpartState state = practice.state();
        Optional<Intent> lastIntent = practice.turns().reversed().stream()
                .flatMap(t -> t.intent().stream())
                .findFirst();
        boolean acknowledged = said.stream()
                .anyMatch(a -> a.has(Move.ACKNOWLEDGE) || a.has(Move.PARAPHRASE) || a.has(FindingCategory.EMPATHY));
        if (!acknowledged && state.anger() >= ConversationFindings.UPSET) {
            return Phrasings.acknowledgeHint(kind);
        }
        if (lastIntent
                .filter(i -> i == Intent.CHALLENGE || i == Intent.ESCALATE)
                .isPresent()) {
            return "They are pushing back. Don't defend or explain: say back what they just told you in neutral"
                    + " words, then ask one question.";
        }
        Optional<KeyPoint> unsaid = scenario.learner().keyPoints().stream()
                .filter(point -> said.stream().noneMatch(a -> CueMatch.makes(scenario, point, a.text())))
                .findFirst();
        if (scenario.opener() == Scenario.Opener.LEARNER && unsaid.isPresent()) {
            return sayIt(scenario, unsaid.get());
        }
        if (said.stream().noneMatch(a -> a.has(Move.PARAPHRASE))) {
            return kind == ConversationKind.CUSTOMER
                    ? "Sum up their problem in neutral words and check you have it right: 'So the main issue is ...,"
                            + " is that right?'"
                    : "Say back how they see it, in neutral words, and check you have it right: 'So for you, ...,"
                            + " is that right?'";
        }
        boolean asked = said.stream()
                .anyMatch(a -> a.moves().stream().anyMatch(m -> m.move().isQuestion()));
        Optional<DecisionMap> map = scenario.decisionMap();
        if (!asked) {
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f -> " For example: " + BriefWords.lowerFirst(f) + ".")
                    .orElse("");
            return Phrasings.askHint(kind, fact);
        }
        if (unsaid.isPresent()) {
            return sayIt(scenario, unsaid.get());
        }
        if (said.stream().noneMatch(a -> a.has(Move.NEXT_STEP) || a.has(Move.OFFER_OPTION))) {
            String offer = map.flatMap(m -> m.mayOffer().stream().findFirst())
                    .map(o -> " (" + BriefWords.lowerFirst(o) + ")")
                    .orElse("");
            return Phrasings.nextStepHint(kind, offer);
        }
        if (kind.closesWithACheck() && said.stream().noneMatch(a -> a.has(Move.CLOSING_CHECK))) {
            return "Check whether anything is left: 'Does that cover everything, or is there something I have"
                    + " missed?'";
        }
        return "Keep it short and steady: one point per turn, and let them answer.";
    }

    private static String sayIt(Scenario scenario, KeyPoint point) {
        return "Say what you came to say, plainly and once: '" + scenario.withFacts(point.text()) + "'";
    }
}
