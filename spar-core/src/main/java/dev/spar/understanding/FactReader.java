package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Locale;

/** Facts given: a sentence that says a scenario fact's value ("It's TT-90417") answers that topic. */
final class FactReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = sentence.of(passage.text());
            for (Topic topic : passage.topics().valuesIn(words)) {
                String value = topic.value().orElseThrow();
                int at = passage.text()
                        .toLowerCase(Locale.ROOT)
                        .indexOf(value.toLowerCase(Locale.ROOT), sentence.start());
                Span span =
                        at >= 0 && at + value.length() <= sentence.end() ? new Span(at, at + value.length()) : sentence;
                out.add(Act.of(ActKind.ANSWER, passage.text(), span, java.util.Optional.of(topic.id()), value));
            }
        }
    }
}
