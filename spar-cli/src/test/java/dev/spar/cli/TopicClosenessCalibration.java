package dev.spar.cli;

import dev.spar.analysis.Meaning;
import dev.spar.eval.EvalSets;
import dev.spar.eval.Probe;
import dev.spar.eval.ProbeKind;
import dev.spar.eval.Split;
import dev.spar.scenario.Scenario;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Topic;
import dev.spar.understanding.Topics;
import dev.spar.understanding.Understanding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints, for each question in the responsiveness probes, the topic the rules gave it and the topic closest to it
 * in meaning (with its closeness and its lead over the next topic), and whether that topic's fact is what the
 * probe expects: what {@code MeaningReader}'s thresholds were chosen from. Run with
 * {@code -Dspar.topics.calibrate=true} (and {@code -Dspar.topics.split=TEST} for another split); tab-separated
 * lines start with {@code TOPIC}.
 */
class TopicClosenessCalibration {
    @Test
    @EnabledIfSystemProperty(named = "spar.topics.calibrate", matches = "true")
    void printTheClosestTopicOfEveryQuestion() {
        Meaning meaning = SentenceMeaning.standard();
        var scenarios = EvalSets.scenarios();
        for (Probe p : EvalSets.probes(Split.valueOf(System.getProperty("spar.topics.split", "DEV")))) {
            Scenario scenario = scenarios.apply(p.scenario()).orElseThrow();
            Understanding u = Understanding.of(scenario, meaning);
            Content c = u.read(Side.LEARNER, p.line(), new ConversationMemory());
            List<Topics.Phrase> phrases = u.topics().phrases();
            for (Act a : c.acts()) {
                if (a.kind() != ActKind.ASK && a.kind() != ActKind.REASK) {
                    continue;
                }
                double[] closeness = meaning.closeness(a.quote(), u.topics().phraseTexts());
                int best = 0;
                for (int i = 1; i < closeness.length; i++) {
                    if (closeness[i] > closeness[best]) {
                        best = i;
                    }
                }
                Topic closest = phrases.get(best).topic();
                double second = -1;
                for (int i = 0; i < closeness.length; i++) {
                    if (phrases.get(i).topic() != closest) {
                        second = Math.max(second, closeness[i]);
                    }
                }
                String verdict = "not-a-fact-question";
                if (p.kind() == ProbeKind.FACTUAL_QUESTION || p.kind() == ProbeKind.RE_ASK) {
                    String said = closest.value().orElse(closest.label()).toLowerCase(Locale.ROOT);
                    verdict = p.expect().mustContainAny().stream()
                                    .anyMatch(w -> said.contains(w.toLowerCase(Locale.ROOT)))
                            ? "right"
                            : "wrong";
                }
                System.out.printf(
                        "TOPIC\t%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s%n",
                        p.kind(),
                        a.topic().orElse("-"),
                        verdict,
                        closeness[best],
                        closeness[best] - second,
                        closest.id(),
                        phrases.get(best).text(),
                        a.quote());
            }
        }
    }
}
