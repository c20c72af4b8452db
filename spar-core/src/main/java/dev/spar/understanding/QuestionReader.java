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
            if (!known) {
                Optional<Topic> byKind = askedByKind(passage, sentence);
                if (byKind.isPresent()) {
                    topic = byKind;
                    known = true;
                }
            }
            ActKind kind = known || Wording.in(QuestionWords.AGAIN, passage, sentence) ? ActKind.REASK : ActKind.ASK;
            out.add(Act.of(
                    kind,
                    passage.text(),
                    sentence,
                    topic.map(Topic::id),
                    topic.map(Topic::label).orElse("")));
        }
    }

    /**
     * Returns the fact a question asks for by its kind rather than its name ("when's the wedding?" after "the
     * wedding is on Saturday"): a fact of that kind the other side gave, in a line sharing a word with the question
     * or a word of the fact's name.
     */
    private static Optional<Topic> askedByKind(Passage passage, Span sentence) {
        String words = Wording.words(passage, sentence);
        Optional<FactKind> kind = FactKind.askedIn(words);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> asked = Topics.contentWords(words);
        for (ConversationMemory.Disclosure given : passage.memory().disclosures()) {
            Optional<Topic> topic = passage.topics().byId(given.topic());
            if (given.side() != passage.otherSide()
                    || topic.isEmpty()
                    || !kind.get().fits(topic.get())) {
                continue;
            }
            List<String> around =
                    new java.util.ArrayList<>(Topics.contentWords(topic.get().label()));
            passage.memory().lines().stream()
                    .filter(l -> l.turn() == given.turn())
                    .forEach(l -> around.addAll(Topics.contentWords(l.content().text())));
            if (asked.stream().anyMatch(around::contains)) {
                return topic;
            }
        }
        return Optional.empty();
    }
}
