package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taking up or turning down what the other side put on the table, read on both sides ("Deal.", "No, that
 * doesn't help me", "A refund doesn't help"). A bare "ok" or "no" counts only right after the other side
 * offered something, or, for "no", after a short question naming the thing ("A repair? No."). The detail is
 * the thing taken up or turned down: named in the line, or else the offer on the table.
 */
final class StanceReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        List<Span> sentences = passage.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (passage.asks(sentence)) {
                continue;
            }
            String words = Wording.words(passage, sentence);
            boolean accepted = phrase(passage, sentence, StanceWords.ACCEPT, ActKind.ACCEPT, out);
            boolean rejected = phrase(passage, sentence, StanceWords.REJECT, ActKind.REJECT, out);
            if (accepted || rejected) {
                continue;
            }
            if (StanceWords.BARE_YES.matcher(words).find() && justOffered(passage)) {
                out.add(act(passage, ActKind.ACCEPT, sentence, offerOnTheTable(passage)));
            } else if (StanceWords.BARE_NO.matcher(words).find()) {
                Optional<String> named = i > 0 ? namedInShortQuestion(passage, sentences.getFirst()) : Optional.empty();
                if (named.isPresent() || justOffered(passage)) {
                    out.add(act(passage, ActKind.REJECT, sentence, named.orElseGet(() -> offerOnTheTable(passage))));
                }
            }
        }
    }

    private static boolean phrase(Passage passage, Span sentence, List<Pattern> patterns, ActKind kind, List<Act> out) {
        String words = Wording.words(passage, sentence);
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(words);
            if (m.find()) {
                Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                String named = named(passage, sentence, m);
                out.add(act(passage, kind, span, named.isEmpty() ? offerOnTheTable(passage) : named));
                return true;
            }
        }
        return false;
    }

    private static String named(Passage passage, Span sentence, Matcher m) {
        for (String group : new String[] {"d", "d2", "d3"}) {
            if (m.pattern().pattern().contains("?<" + group + ">") && m.group(group) != null) {
                return passage.text().substring(sentence.start() + m.start(group), sentence.start() + m.end(group));
            }
        }
        return "";
    }

    /** "A repair? ... No.": the short question that opens the line names the thing turned down. */
    private static Optional<String> namedInShortQuestion(Passage passage, Span question) {
        String said = question.of(passage.text());
        boolean shortNounPhrase = passage.asks(question)
                && Wording.normalise(said).matches("^(?:a|an|the|another|your) [\\w' -]{2,30}\\?$");
        return shortNounPhrase ? Optional.of(said.substring(0, said.length() - 1)) : Optional.empty();
    }

    private static boolean justOffered(Passage passage) {
        return passage.memory().offeredLast(passage.otherSide());
    }

    private static String offerOnTheTable(Passage passage) {
        List<ConversationMemory.Offer> offers = passage.memory().offersOnTheTable(passage.otherSide());
        return offers.isEmpty() ? "" : offers.getLast().what();
    }

    private static Act act(Passage passage, ActKind kind, Span span, String detail) {
        return Act.of(
                kind, passage.text(), span, passage.topics().namedIn(detail).map(Topic::id), detail);
    }
}
