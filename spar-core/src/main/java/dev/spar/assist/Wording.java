package dev.spar.assist;

import dev.spar.assist.NextMove.Step;
import java.util.List;
import java.util.Map;

/**
 * Wording from elsewhere, such as a language model, for a built-in {@link Assistance}: rewrites for its flags
 * and phrasings for its next moves. It can only replace wording, never add or drop a flag or a move, and
 * {@link Assistant#adopt} keeps only what the built-in analysis accepts.
 *
 * @param rewrites by the index of the flag in the built-in assistance: the whole draft, rewritten
 * @param phrasings by move: lines to say
 */
public record Wording(Map<Integer, String> rewrites, Map<Step, List<String>> phrasings) {
    public Wording {
        rewrites = Map.copyOf(rewrites);
        phrasings = Map.copyOf(phrasings);
    }
}
