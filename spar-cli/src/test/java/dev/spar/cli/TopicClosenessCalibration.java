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
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
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
            for (Act a : c.acts()) {
                if (a.kind() != ActKind.ASK && a.kind() != ActKind.REASK) continue;
                String ruled = a.topic().orElse("-");
                List<Topic> topics = u.topics().all();
                List<String> phrases = new ArrayList<>();
                List<Topic> owner = new ArrayList<>();
                for (Topic t : topics) {
                    for (String ph : variants(t)) {
                        phrases.add(ph);
                        owner.add(t);
                    }
                }
                double[] cl = meaning.closeness(a.quote(), phrases);
                int best = -1;
                double b = -1, second = -1;
                for (int i = 0; i < cl.length; i++)
                    if (cl[i] > b) {
                        b = cl[i];
                        best = i;
                    }
                for (int i = 0; i < cl.length; i++)
                    if (owner.get(i) != owner.get(best) && cl[i] > second) second = cl[i];
                Topic bt = owner.get(best);
                String verdict = "?";
                List<String> want = p.expect().mustContainAny();
                if (p.kind() == ProbeKind.FACTUAL_QUESTION || p.kind() == ProbeKind.RE_ASK) {
                    String v = bt.value().orElse(bt.label()).toLowerCase(Locale.ROOT);
                    verdict = want.stream().anyMatch(w -> v.contains(w.toLowerCase(Locale.ROOT))) ? "RIGHT" : "WRONG";
                } else verdict = "NOTFACT";
                System.out.printf(
                        "TOPIC\t%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s%n",
                        p.kind(), ruled, verdict, b, b - second, bt.id(), phrases.get(best), a.quote());
            }
        }
    }

    static List<String> variants(Topic t) {
        List<String> v = new ArrayList<>();
        v.add(t.label());
        v.add("what is the " + t.label() + "?");
        v.addAll(t.words());
        return v;
    }
}
