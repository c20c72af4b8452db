package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blaming others: putting the failing on someone outside the conversation (the courier, the warehouse, a
 * colleague, "the system"), with who in the detail. The speaker owning it ("I'll chase the courier") and a
 * question ("did the courier lose it?") blame no one.
 */
final class BlameReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = Wording.words(passage, sentence);
            if (passage.asks(sentence)) {
                continue;
            }
            for (Pattern pattern : BlameWords.BLAME) {
                Matcher m = pattern.matcher(words);
                while (m.find()) {
                    Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                    if (BlameWords.OWNING.matcher(words.substring(0, m.start())).find()
                            || Wording.overlaps(out, ActKind.BLAME_OTHERS, span)) {
                        continue;
                    }
                    String who = passage.text()
                            .substring(sentence.start() + m.start("who"), sentence.start() + m.end("who"));
                    out.add(Act.of(ActKind.BLAME_OTHERS, passage.text(), span, Optional.empty(), who));
                }
            }
        }
    }
}
