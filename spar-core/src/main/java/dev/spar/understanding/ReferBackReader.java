package dev.spar.understanding;

import dev.spar.analysis.Span;
import dev.spar.scenario.Cues;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to an earlier turn ("like you said", "going back to the refund"), with the earlier line in the
 * detail and its topic when it can be found: the latest line of the side referred to that names the subject,
 * or failing that, that side's latest line. {@link ConversationMemory#turnReferredTo} gives its turn.
 */
final class ReferBackReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = Wording.words(passage, sentence);
            Side referred = passage.otherSide();
            Matcher m = ReferBackPhrases.THEIRS.matcher(words);
            boolean found = m.find();
            if (!found) {
                m = ReferBackPhrases.OWN.matcher(words);
                found = m.find();
                referred = passage.side();
            }
            if (!found) {
                m = ReferBackPhrases.SUBJECT.matcher(words);
                found = m.find();
                referred = null;
            }
            if (!found) {
                continue;
            }
            String subject = referred == null
                    ? subject(m)
                    : Wording.clauseText(
                            passage, sentence, Wording.afterPause(passage, sentence, sentence.start() + m.end()));
            Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
            Optional<Topic> topic = passage.topics().namedIn(subject.isEmpty() ? words : subject);
            Optional<ConversationMemory.Remembered> earlier = earlierLine(passage, referred, subject, topic);
            out.add(Act.of(
                    ActKind.REFER_BACK,
                    passage.text(),
                    span,
                    topic.map(Topic::id),
                    earlier.map(r -> r.content().text()).orElse("")));
        }
    }

    private static String subject(Matcher m) {
        for (String group : new String[] {"d", "e", "f", "g", "h", "i"}) {
            if (m.group(group) != null) {
                return m.group(group).strip();
            }
        }
        return "";
    }

    /**
     * Finds the earlier line referred to: the latest that names the topic or shares the subject's words (all
     * of them for "going back to the X", any for "like you said, X"), else the side's latest line.
     */
    private static Optional<ConversationMemory.Remembered> earlierLine(
            Passage passage, Side side, String subject, Optional<Topic> topic) {
        List<ConversationMemory.Remembered> lines = passage.memory().lines();
        List<String> cues = topic.map(Topic::words).orElse(List.of());
        List<Pattern> words = Topics.contentWords(subject).stream()
                .map(ReferBackReader::wordOrLongerForm)
                .toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Content said = lines.get(i).content();
            if (side != null && said.side() != side) {
                continue;
            }
            String text = Wording.normalise(said.text());
            boolean names = cues.stream().anyMatch(c -> Cues.mentions(text, c))
                    || (!words.isEmpty()
                            && (side == null
                                    ? words.stream()
                                            .allMatch(w -> w.matcher(text).find())
                                    : words.stream()
                                            .anyMatch(w -> w.matcher(text).find())));
            if (names) {
                return Optional.of(lines.get(i));
            }
        }
        if (side == null) {
            return Optional.empty();
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).content().side() == side) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    /** Returns a pattern that finds a word, or a longer form of it ("refund" in "refunded"). */
    private static Pattern wordOrLongerForm(String word) {
        return Pattern.compile("\\b" + Pattern.quote(word));
    }
}
