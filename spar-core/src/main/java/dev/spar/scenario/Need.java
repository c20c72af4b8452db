package dev.spar.scenario;

import java.util.List;

/**
 * Something the persona needs from the conversation.
 *
 * @param id short identifier
 * @param text the need in plain words
 * @param metBy move ids that meet it ({@code acknowledge}, {@code offer-option}, ...)
 */
public record Need(String id, String text, List<String> metBy) {
    public Need {
        metBy = List.copyOf(metBy);
    }
}
