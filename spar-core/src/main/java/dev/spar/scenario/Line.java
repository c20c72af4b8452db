package dev.spar.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param topic what the line is about: an answer line answers this topic (a fact key such as {@code
 *     order_number}, or a name of the author's choosing), and a line that asks about it is not said once
 *     the learner has given it
 * @param examples questions the line answers, as a learner might put them ("order ref?"); each names the
 *     topic
 */
public record Line(String text, List<String> on, List<String> cues, Optional<String> topic, List<String> examples) {
    public Line {
        on = List.copyOf(on);
        cues = List.copyOf(cues);
        Objects.requireNonNull(topic, "topic");
        examples = List.copyOf(examples);
    }

    /** Creates a line with conditions and no topic. */
    public Line(String text, List<String> on, List<String> cues) {
        this(text, on, cues, Optional.empty(), List.of());
    }

    /** Creates an unconditional line. */
    public static Line of(String text) {
        return new Line(text, List.of(), List.of());
    }

    /** Creates an answer line about a topic, with the questions it answers. */
    public static Line answering(String topic, String text, List<String> examples) {
        return new Line(text, List.of(), List.of(), Optional.of(topic), examples);
    }

    /** Returns whether the line quotes the learner. */
    public boolean echoes() {
        return text.contains("{echo}");
    }
}
