package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Facts given: a sentence that says a scenario fact's value ("It's TT-90417") answers that topic; and a
 * statement about a topic the other side just asked after ("It started last Tuesday" after "When did it
 * start?") answers that question, so a later "when did it start?" is read as asking again.
 */
final class FactReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = sentence.of(passage.text());
            List<Topic> values = passage.topics().valuesIn(words);
            for (Topic topic : values) {
                String value = topic.value().orElseThrow();
                int at = passage.text()
                        .toLowerCase(Locale.ROOT)
                        .indexOf(value.toLowerCase(Locale.ROOT), sentence.start());
                Span span =
                        at >= 0 && at + value.length() <= sentence.end() ? new Span(at, at + value.length()) : sentence;
                out.add(Act.of(ActKind.ANSWER, passage.text(), span, Optional.of(topic.id()), value));
            }
            if (values.isEmpty()
                    && !passage.asks(sentence)
                    && !NOT_GIVING.matcher(passage.text()).find()) {
                answeredQuestion(passage, words)
                        .ifPresent(topic ->
                                out.add(Act.of(ActKind.ANSWER, passage.text(), sentence, Optional.of(topic), words)));
            }
        }
    }

    /**
     * A reply that names what was asked without giving it: "I don't know. I'd rather you didn't hand over at all.",
     * "I can't really get into budgets.", "I don't have it to hand." Asking again after it asks for the first time.
     */
    private static final java.util.regex.Pattern NOT_GIVING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:i (?:don'?t|do not|really don'?t) (?:know|remember|recall|have (?:it|that|them|the \\w+)(?: (?:to hand|on me|with me|here|now))?)"
                    + "|no idea|not sure|can'?t (?:really )?(?:say|tell you|remember|recall|get into|go into|share|discuss"
                    + "|talk about)|won'?t (?:say|get into|go into)|(?:i'?d )?rather not (?:say|get into|go into))\\b");

    /** Returns the topic of the other side's open question that this statement names, if any. */
    private static Optional<String> answeredQuestion(Passage passage, String words) {
        Optional<Topic> named = passage.topics().namedIn(words);
        return named.filter(t -> t.value().isEmpty())
                .map(Topic::id)
                .filter(id -> passage.memory().openQuestions(passage.otherSide()).stream()
                        .anyMatch(q -> q.topic().filter(id::equals).isPresent()));
    }
}
