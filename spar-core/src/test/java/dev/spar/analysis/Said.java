package dev.spar.analysis;

import java.util.ArrayList;
import java.util.List;

/** Builds analysed utterances by hand, so simulator tests do not depend on the analyser's rules. */
public final class Said {
    private final String text;
    private final List<MoveEvidence> moves = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    private Said(String text) {
        this.text = text;
    }

    /** Starts an utterance with these words. */
    public static Said that(String text) {
        return new Said(text);
    }

    /** Adds moves, each evidenced by the whole utterance. */
    public Said makes(Move... made) {
        for (Move m : made) {
            moves.add(new MoveEvidence(m, new Span(0, text.length()), text));
        }
        return this;
    }

    /** Adds habits, each evidenced by the whole utterance. */
    public Said shows(FindingCategory... shown) {
        for (FindingCategory c : shown) {
            flags.add(new Flag(c, new Span(0, text.length()), text, c.isProblem() ? "Say it better." : ""));
        }
        return this;
    }

    /** Returns the analysed utterance. */
    public UtteranceAnalysis analysis() {
        return new UtteranceAnalysis(text, moves, flags);
    }
}
