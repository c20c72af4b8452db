package dev.spar.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * False hope: a cheerful forecast the speaker cannot back ("it usually gets approved", "don't worry, it'll
 * turn up"). A forecast the speaker owns or hedges honestly ("I'll make sure it arrives", "I can't guarantee
 * it'll arrive") is not one, nor is one said with its grounds ("I've issued it, so it'll be there by Friday").
 */
final class HopeReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        List<Act> forecasts = new ArrayList<>();
        Wording.readPhrases(passage, ActKind.FALSE_HOPE, HopeWords.FALSE_HOPE, HopeWords.BACKED, forecasts);
        Wording.readPhrases(passage, ActKind.FALSE_HOPE, HopeWords.SURE_FORECAST, HopeWords.BACKED, forecasts);
        for (Act forecast : forecasts) {
            boolean owned = passage.sentences().stream()
                    .anyMatch(s -> s.start() <= forecast.span().start()
                            && forecast.span().end() <= s.end()
                            && (Wording.in(HopeWords.OWNED, passage, s) || Wording.in(HopeWords.GROUNDS, passage, s)));
            if (!owned) {
                out.add(forecast);
            }
        }
    }
}
