package dev.spar.simulation;

import java.util.List;
import java.util.Map;

/**
 * The counterpart's state after a turn, as the learner can be shown it.
 *
 * @param anger anger or distress, 0-100
 * @param trust trust in the learner, 0-100
 * @param patience how much longer they will talk, 0-100
 * @param needs each need's satisfaction, 0-100, by need id
 * @param phase where the conversation is
 * @param movedBy what moved them on the last turn, in plain words, strongest first
 */
public record CounterpartState(
        int anger, int trust, int patience, Map<String, Integer> needs, Phase phase, List<String> movedBy) {
    public CounterpartState {
        needs = Map.copyOf(needs);
        movedBy = List.copyOf(movedBy);
    }

    /** Returns how {@link #movedBy} names something that made them angrier, or calmer, for this reason. */
    static String moved(double weight, String why) {
        return (weight > 0 ? ANGRIER : weight < 0 ? CALMER : "") + why;
    }

    /** Returns whether, on the last turn, this reason made them angrier (a scenario reaction's note, say). */
    public boolean angeredBy(String why) {
        return movedBy.contains(ANGRIER + why);
    }

    private static final String ANGRIER = "angrier: ";
    private static final String CALMER = "calmer: ";

    /** Returns a word for how angry or distressed they are: calm, wary, tense, angry or furious. */
    public static String moodWord(int anger) {
        if (anger >= 80) {
            return "furious";
        }
        if (anger >= 60) {
            return "angry";
        }
        if (anger >= 40) {
            return "tense";
        }
        if (anger >= 20) {
            return "wary";
        }
        return "calm";
    }

    /** Returns a word for how they feel now. */
    public String mood() {
        return moodWord(anger);
    }
}
