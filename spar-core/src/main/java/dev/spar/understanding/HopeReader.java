package dev.spar.understanding;

import java.util.List;

/**
 * False hope: a cheerful forecast the speaker cannot back ("it usually gets approved", "don't worry, it'll
 * turn up"). A forecast the speaker owns or hedges honestly ("I'll make sure it arrives", "I can't guarantee
 * it'll arrive") is not one.
 */
final class HopeReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        Wording.readPhrases(passage, ActKind.FALSE_HOPE, HopeWords.FALSE_HOPE, HopeWords.BACKED, out);
    }
}
