package dev.spar.scenario;

import java.util.List;

/**
 * One authored line the counterpart may say.
 *
 * <p>Text may hold slots: {@code {fact_name}} takes a scenario fact, {@code {echo}} takes a short quote of
 * what the learner just said, {@code {name}} the persona's name. A line with conditions is only said when
 * they hold.
 *
 * @param text the words, with slots
 * @param on when not empty, the line is only said right after the learner made one of these moves or habits
 * @param cues for answers: when not empty, the line answers a learner question containing one of these words
 */
public record Line(String text, List<String> on, List<String> cues) {
    public Line {
        on = List.copyOf(on);
        cues = List.copyOf(cues);
    }

    /** Creates an unconditional line. */
    public static Line of(String text) {
        return new Line(text, List.of(), List.of());
    }

    /** Returns whether the line quotes the learner. */
    public boolean echoes() {
        return text.contains("{echo}");
    }
}
