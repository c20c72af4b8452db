package dev.spar.simulation;

import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says their last line again when the learner did not catch it: "Sorry, what?", "what did you just say?", "come
 * again?" asks for the same words, not for an answer to a question nobody asked.
 */
final class Repeating {
    private Repeating() {}

    /** A whole line that only asks to hear the last one again. */
    private static final Pattern ASKS_AGAIN =
            Pattern.compile("(?i)^\\s*(?:(?:oh|sorry|wait|um+|uh+|hm+|excuse me|eh|hang on)[,.!\\s]+)*"
                    + "(?:(?:what|wha|huh|sorry|pardon|eh|come again|what was that|what did you (?:just )?say|what(?:'d| did) you say"
                    + "|say (?:that|it) again|(?:can|could) you (?:say|repeat) (?:that|it)(?: again)?(?: please)?)\\s*\\?+[?!\\s]*"
                    + "|(?:i didn'?t (?:catch|get|hear) (?:that|you|it|what you said)|pardon(?: me)?|come again|say (?:that|it) again"
                    + "|(?:please )?repeat that)(?: please)?\\s*[.!?]*)\\s*$");

    /**
     * Returns their last line said again, in the temper of the moment, when the learner's line only asks to hear it
     * again; else empty.
     */
    static Optional<String> again(String line, ConversationMemory memory, Temper temper) {
        if (!ASKS_AGAIN.matcher(line).matches()) {
            return Optional.empty();
        }
        return memory.lastFrom(Side.COUNTERPART).map(last -> {
            String said = last.text().strip();
            return switch (temper) {
                case CURT -> "You heard me. " + said;
                case PLAIN -> "I said: " + said;
                case WARM -> "Sorry, I said: " + said;
            };
        });
    }
}
