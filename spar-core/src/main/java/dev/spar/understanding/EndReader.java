package dev.spar.understanding;

import java.util.List;

/** Ending the conversation: hanging up, walking off, or a goodbye ("Forget it, cancel the order", "Bye"). */
final class EndReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        Wording.readPhrases(passage, ActKind.END, StanceWords.END, Wording.NO_VETO, out);
    }
}
