package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Turn;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Whether the learner said what they came to say: each key point of their brief is credited where a line with
 * no jab or ground given made it, flagged as never said on the last line, or flagged where they gave it up.
 */
final class KeyPointFindings {
    private KeyPointFindings() {}

    /** Flags every key point as unsaid when the run ended before the learner said anything. */
    static void beforeAnyLine(Scenario scenario, List<Finding> findings) {
        for (KeyPoint point : scenario.learner().keyPoints()) {
            String said = scenario.withFacts(point.text());
            findings.add(unsaid(0, "", said, ". The run ended before you said anything."));
        }
    }

    /**
     * Credits each key point made in a credited line, and flags one never said (on the last line) or given up (on
     * the line that gave ground while saying it).
     */
    static void add(
            Scenario scenario, List<Turn> learner, List<Turn> credited, Set<Integer> spoilt, List<Finding> findings) {
        Turn last = learner.getLast();
        for (KeyPoint point : scenario.learner().keyPoints()) {
            Optional<Turn> made = credited.stream()
                    .filter(t -> CueMatch.makes(scenario, point, outsideJabs(t, findings)))
                    .findFirst();
            Optional<Turn> spoiltMaking = learner.stream()
                    .filter(t -> spoilt.contains(t.number()) && CueMatch.makes(scenario, point, t.text()))
                    .findFirst();
            String said = scenario.withFacts(point.text());
            if (made.isPresent()) {
                findings.add(new Finding(
                        made.get().number(),
                        sentenceMaking(scenario, made.get().text(), point),
                        FindingCategory.KEY_POINT_MADE,
                        "You said what you came to say: " + said,
                        Optional.empty()));
            } else if (spoiltMaking.isEmpty()) {
                findings.add(unsaid(
                        last.number(),
                        last.text(),
                        said,
                        ", and the conversation ended without it. " + FindingCategory.UNSAID_KEY_POINT.why()));
            } else if (Findings.already(findings, spoiltMaking.get().number(), FindingCategory.CONCESSION)) {
                Turn gaveUp = spoiltMaking.get();
                findings.add(unsaid(
                        gaveUp.number(),
                        gaveUp.text(),
                        said,
                        ", and gave it up here. " + FindingCategory.UNSAID_KEY_POINT.why()));
            }
            // Said only in a line that mocks or accuses: that line's own finding covers it, and it earns no credit.
        }
    }

    /** A key point not said, pinned to a line: what they came to say, then how it went unsaid. */
    private static Finding unsaid(int turn, String quote, String said, String how) {
        return new Finding(
                turn,
                quote,
                FindingCategory.UNSAID_KEY_POINT,
                "You came to say: '" + said + "'" + how,
                Optional.of(said));
    }

    /**
     * Returns the line without the words flagged as a jab in it: "thats the courier's fault" names the courier but
     * offers nothing about it, so a cue said only inside a jab does not make the point.
     */
    private static String outsideJabs(Turn turn, List<Finding> findings) {
        String text = turn.text();
        for (Finding f : findings) {
            if (f.turn() == turn.number() && f.category().isJab() && !f.quote().isBlank()) {
                text = text.replace(f.quote(), " ");
            }
        }
        return text;
    }

    private static String sentenceMaking(Scenario scenario, String text, KeyPoint point) {
        String exact = Rewrites.sentenceWith(text, point.cues());
        if (!exact.equals(text) || point.isMadeIn(text)) {
            return exact;
        }
        OptionalInt at = CueMatch.findAny(text, point.cues());
        if (at.isEmpty()) {
            // Said in other words: the sentence where the point's words start.
            at = PointSubstance.firstAt(
                    scenario.withFacts(point.text()), CueMatch.statements(text), CueMatch.theirName(scenario));
        }
        return at.isPresent() ? Rewrites.sentenceAt(text, at.getAsInt()) : text;
    }
}
