package dev.spar.eval;

import dev.spar.analysis.Analyzer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Speaker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a written context (learner lines, and the other person's words where the writer gave them) with a real
 * {@link Practice}, for the critique lines and the responsiveness probes alike.
 */
final class ScriptedConversation {

    private ScriptedConversation() {}

    /**
     * Returns a run that has said the context: the learner's lines are said, and the counterpart says the
     * context's lines in place of the simulator's words where it has them (its state moves as the simulation
     * decides). After the context the simulator speaks for itself.
     *
     * @throws IllegalStateException if the conversation ended within the context, or the context gives the
     *     counterpart a first line where the learner opens
     */
    static Practice replay(Scenario scenario, PracticeSettings settings, Analyzer analyzer, List<ContextLine> context) {
        List<String> learnerLines = learnerLines(context);
        Practice run =
                Practice.replay(scenario, settings, analyzer, learnerLines, voice(scenario, context), ReplySink.NONE);
        if (run.outcome().isFinal()) {
            throw new IllegalStateException("the conversation ended ("
                    + run.outcome().id() + ") after " + run.learnerLines().size() + " of "
                    + learnerLines.size() + " context lines");
        }
        return run;
    }

    /** Returns the learner's lines of a context, in order. */
    static List<String> learnerLines(List<ContextLine> context) {
        return context.stream()
                .filter(c -> c.speaker() == Speaker.LEARNER)
                .map(ContextLine::text)
                .toList();
    }

    /**
     * A voice that says the context's counterpart lines where it has them: a counterpart line before any learner
     * line is the opening, one after the n-th learner line is the reply to it.
     */
    private static CounterpartVoice voice(Scenario scenario, List<ContextLine> context) {
        Map<Integer, String> byReply = new HashMap<>();
        int learnerLines = 0;
        for (ContextLine line : context) {
            if (line.speaker() == Speaker.LEARNER) {
                learnerLines++;
            } else {
                if (learnerLines == 0 && scenario.opener() == Scenario.Opener.LEARNER) {
                    throw new IllegalStateException(
                            "the learner opens " + scenario.id() + ", so a counterpart line cannot come first");
                }
                byReply.put(learnerLines, line.text());
            }
        }
        return (request, sink) -> {
            int answering = (int) request.history().stream()
                    .filter(t -> t.speaker() == Speaker.LEARNER)
                    .count();
            String text = byReply.getOrDefault(answering, request.line());
            sink.token(text);
            return new CounterpartVoice.Spoken(text);
        };
    }
}
