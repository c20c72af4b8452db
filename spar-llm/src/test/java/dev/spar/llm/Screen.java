package dev.spar.llm;

import dev.spar.simulation.ReplySink;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what a screen would show: the pieces since the last retraction, and every reason given. */
final class Screen implements ReplySink {
    final List<String> pieces = new ArrayList<>();
    final List<String> retractions = new ArrayList<>();

    @Override
    public void token(String piece) {
        pieces.add(piece);
    }

    @Override
    public void retract(String reason) {
        pieces.clear();
        retractions.add(reason);
    }

    String shown() {
        return String.join("", pieces);
    }
}
