package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Honest limits, with what is limited in the detail: "I can't guarantee Saturday" limits "Saturday", so a
 * limit on one thing is not read as walking back a promise of another (see {@link ConversationMemory#walkedBackBy}).
 * A bare "I don't know yet" is a limit on nothing named.
 */
final class LimitReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = Wording.words(passage, sentence);
            Matcher whole = LimitPhrases.NOT_KNOWN.matcher(words);
            if (whole.find()) {
                out.add(Act.of(ActKind.HONEST_LIMIT, passage.text(), sentence, java.util.Optional.empty(), ""));
                continue;
            }
            Matcher m = LimitPhrases.LEAD.matcher(words);
            while (m.find()) {
                if (LimitPhrases.NOT_A_LIMIT.matcher(words.substring(m.end())).find()) {
                    continue;
                }
                Span what = Wording.clause(passage, sentence, sentence.start() + m.end());
                int end = Math.max(what.end(), sentence.start() + m.end());
                String detail = what.of(passage.text()).strip();
                Span span = new Span(sentence.start() + m.start(), end);
                out.add(Act.of(
                        ActKind.HONEST_LIMIT,
                        passage.text(),
                        new Span(span.start(), Wording.trimEnd(passage.text(), span.end())),
                        passage.topics().namedIn(detail).map(Topic::id),
                        detail));
            }
        }
    }
}
