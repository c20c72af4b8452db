package dev.spar.understanding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a conversation can ask about and answer: a scenario fact ("order number"), or what an authored
 * answer line is about ("when the wedding is").
 *
 * @param id stable identifier, such as a fact's key ({@code order_number})
 * @param label how to name it to a person ("order number")
 * @param words words and phrases that name it in a line; matched as whole words
 * @param value the fact itself when the topic is a scenario fact ({@code TT-90417}); a line that says it
 *     discloses the topic
 */
public record Topic(String id, String label, List<String> words, Optional<String> value) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        words = List.copyOf(words);
        Objects.requireNonNull(value, "value");
    }
}
