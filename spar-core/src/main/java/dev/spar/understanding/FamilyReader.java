package dev.spar.understanding;

import java.util.List;

/** Reads one family of content (questions, offers, giving ground...) from a line. */
interface FamilyReader {
    /** Adds the acts of this family that the line makes. */
    void read(Passage passage, List<Act> out);
}
