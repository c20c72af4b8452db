package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers and promises, with what exactly in the detail: "I'll call you by two" promises "call you by two";
 * "I can refund the $18" offers "refund the $18". A question about an offer ("can you refund it?") is
 * neither: only the speaker's own "I can", "I'll", "how about", "let me" open one.
 */
final class OfferReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            read(passage, sentence, OfferPhrases.PROMISE, ActKind.PROMISE, out);
            read(passage, sentence, OfferPhrases.OFFER, ActKind.OFFER, out);
        }
    }

    private static void read(Passage passage, Span sentence, Pattern lead, ActKind kind, List<Act> out) {
        String words = Wording.words(passage, sentence);
        Matcher m = lead.matcher(words);
        while (m.find()) {
            int start = sentence.start() + m.start();
            if (insideOne(out, start)
                    || OfferPhrases.NOT_AN_ACT.matcher(words.substring(m.end())).find()
                    || bareContractionInside(words, m.start())
                    || (OfferPhrases.NOT_OFFERING_AFTER
                                    .matcher(words.substring(0, m.start()))
                                    .find()
                            && (passage.asks(sentence)
                                    || !OfferPhrases.SO_AFTER_A_PAUSE
                                            .matcher(words.substring(0, m.start()))
                                            .find()))) {
                continue;
            }
            Span what = Wording.clause(passage, sentence, sentence.start() + m.end());
            if (what.of(passage.text()).equalsIgnoreCase("this")) {
                what = announced(passage, sentence, what);
            }
            if (what.end() > what.start()) {
                String detail = what.of(passage.text());
                out.add(Act.of(
                        kind,
                        passage.text(),
                        new Span(start, what.end()),
                        passage.topics().namedIn(detail).map(Topic::id),
                        detail));
            }
        }
    }

    /** "How about this: I build the trade page first": what is offered follows the colon. */
    private static Span announced(Passage passage, Span sentence, Span pointer) {
        int colon = passage.text().indexOf(':', pointer.end());
        if (colon < 0 || colon >= sentence.end() || colon > pointer.end() + 1) {
            return pointer;
        }
        return Wording.clause(passage, sentence, Wording.afterPause(passage, sentence, colon));
    }

    /** "ill" or "were" in the middle of a clause is the word, not "I'll" or "we're" without the apostrophe. */
    private static boolean bareContractionInside(String words, int at) {
        String from = words.substring(at);
        return OfferPhrases.NEVER_A_CONTRACTION.matcher(from).find()
                || (OfferPhrases.BARE_CONTRACTION.matcher(from).find()
                        && !words.substring(0, at).strip().matches("(?s)(?:.*[,;:])?"));
    }

    private static boolean insideOne(List<Act> acts, int at) {
        return acts.stream()
                .filter(a -> a.kind() == ActKind.PROMISE || a.kind() == ActKind.OFFER)
                .anyMatch(a -> a.span().start() <= at && at < a.span().end());
    }
}
