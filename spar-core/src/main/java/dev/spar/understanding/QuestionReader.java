package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;

/**
 * Questions and what they ask about: a question that names a topic the other side already gave is asked
 * again ({@link ActKind#REASK}), pointing at the turn that gave it.
 */
final class QuestionReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            if (!passage.asks(sentence) || Wording.in(OfferPhrases.PROPOSAL, passage, sentence)) {
                continue;
            }
            String words = sentence.of(passage.text());
            Optional<Topic> topic = passage.topics().namedIn(words);
            boolean known = topic.flatMap(t -> passage.memory().disclosed(passage.otherSide(), t.id()))
                    .isPresent();
            ActKind kind = known || Wording.in(QuestionWords.AGAIN, passage, sentence) ? ActKind.REASK : ActKind.ASK;
            out.add(Act.of(
                    kind,
                    passage.text(),
                    sentence,
                    topic.map(Topic::id),
                    topic.map(Topic::label).orElse("")));
        }
    }
}
