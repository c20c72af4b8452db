package dev.spar.scenario;

import java.util.List;

/**
 * Something the learner came to say, with the words that show they said it.
 *
 * @param id short identifier
 * @param text the point in plain words
 * @param cues lower-case words or phrases; saying any of them counts as making the point
 */
public record KeyPoint(String id, String text, List<String> cues) {
    public KeyPoint {
        cues = List.copyOf(cues);
    }

    /** Returns whether the text makes this point, by one of its cues. */
    public boolean isMadeIn(String text) {
        return cues.stream().anyMatch(c -> Cues.mentions(text, c));
    }
}
