package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;

/**
 * Giving ground on one's own goal: backing off in so many words ("whatever you think is fair, I trust you"), a
 * hedged smaller figure ("could we maybe do 80 then? sorry"), or a figure lower than one the speaker named
 * earlier (95k, now 80k). A trade ("I can move on the date if we keep the price") is not giving ground.
 */
final class GroundReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            if (Wording.in(GroundWords.TRADE, passage, sentence)) {
                continue;
            }
            readFigure(passage, sentence, out);
        }
        List<Act> retreats = new java.util.ArrayList<>();
        Wording.readPhrases(passage, ActKind.GIVE_GROUND, GroundWords.BACKING_OFF, GroundWords.NOT_YIELDING, retreats);
        for (Act retreat : retreats) {
            if (!mocking(passage, retreat)) {
                out.add(retreat);
            }
        }
    }

    /**
     * Returns whether the sentence of a retreat mocks the other person: "sure, I'll just drive there myself,
     * shall I?" is sarcasm, mock obedience, not giving in.
     */
    private static boolean mocking(Passage passage, Act retreat) {
        for (Span sentence : passage.sentences()) {
            if (sentence.start() <= retreat.span().start() && retreat.span().end() <= sentence.end()) {
                String words = Wording.words(passage, sentence);
                return java.util.stream.Stream.concat(JabWords.MOCK.stream(), JabWords.MOCK_KINDS.stream())
                        .anyMatch(p -> p.matcher(words).find());
            }
        }
        return false;
    }

    private static void readFigure(Passage passage, Span sentence, List<Act> out) {
        Matcher m = GroundWords.FIGURE_ASK.matcher(Wording.words(passage, sentence));
        if (!m.find()) {
            return;
        }
        String figure = passage.text()
                .substring(sentence.start() + m.start("d"), sentence.start() + m.end("d"))
                .strip();
        Optional<String> higher = earlierHigherFigure(passage, figure);
        boolean hedged = Wording.in(GroundWords.HEDGE, passage, sentence) || hedgedAfter(passage, sentence);
        if (higher.isEmpty() && !hedged) {
            return;
        }
        String detail = higher.map(h -> "from " + h + " to " + figure).orElse(figure);
        Span span =
                new Span(sentence.start() + m.start(), Wording.trimEnd(passage.text(), sentence.start() + m.end("d")));
        out.add(Act.of(ActKind.GIVE_GROUND, passage.text(), span, Optional.empty(), detail));
    }

    /** "could we do 80 then? sorry": the apology that follows the figure in the next sentence counts too. */
    private static boolean hedgedAfter(Passage passage, Span sentence) {
        List<Span> sentences = passage.sentences();
        int at = sentences.indexOf(sentence);
        return at + 1 < sentences.size()
                && GroundWords.APOLOGY
                        .matcher(Wording.words(passage, sentences.get(at + 1)))
                        .matches();
    }

    /** Returns a figure the speaker asked for earlier that is higher than this one, on the same scale. */
    private static Optional<String> earlierHigherFigure(Passage passage, String figure) {
        OptionalDouble now = Figures.value(figure);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<ConversationMemory.Remembered> lines = passage.memory().lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Content earlier = lines.get(i).content();
            if (earlier.side() != passage.side()) {
                continue;
            }
            for (String before : GroundWords.figuresAsked(earlier.text())) {
                if (Figures.lower(figure, before)) {
                    return Optional.of(before);
                }
            }
        }
        return Optional.empty();
    }
}
