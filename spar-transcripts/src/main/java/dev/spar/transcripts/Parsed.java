package dev.spar.transcripts;

import java.util.List;

/**
 * What a format reader returns: the turns in file order and what it left out on purpose.
 *
 * @param turns the turns, in file order
 * @param notes what was skipped and why ("2 private notes skipped: internal, not turns")
 */
record Parsed(List<RawTurn> turns, List<String> notes) {
    Parsed {
        turns = List.copyOf(turns);
        notes = List.copyOf(notes);
    }

    static Parsed of(List<RawTurn> turns) {
        return new Parsed(turns, List.of());
    }
}
