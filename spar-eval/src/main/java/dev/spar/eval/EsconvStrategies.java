package dev.spar.eval;

import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How ESConv's annotators read a supporter's turn, where it differs from Spar's moves: their "Restatement or
 * Paraphrasing" is an explicit restatement ("So you feel...", "It sounds like..."), not any sentence that
 * reuses the seeker's words, and a restatement asked as a question ("You moved out in March?") is one too;
 * their "Reflection of feelings" names a feeling in a statement, where Spar's empathy also covers sympathy
 * and good wishes ("I'm sorry to hear that", "Good luck"); and a short turn that opens by thanking,
 * welcoming or saying goodbye, and asks nothing, is "Others", whatever warm words come with it.
 */
final class EsconvStrategies {

    /** An explicit restatement opens the sentence Spar read as a paraphrase. */
    private static final Pattern RESTATES = Pattern.compile(
            "^(?:(?:so|ok|okay|oh|ah|well|alright|i see|right|yes|yeah|hmm|and)[ ,.!]+)*(?:so,? you|it sounds|sounds like"
                    + "|that sounds like|it seems|seems like|you seem|you sound|you feel|you felt|you are|you're|you were"
                    + "|you have|you've|you mentioned|you said|you say|what i'm hearing|if i understand|i hear you|i hear that"
                    + "|from what|in other words|correct me|it looks like|you must|you might|you may)\\b");

    /** A feeling, or how hard something is, named in the words Spar read as empathy. */
    private static final Pattern FEELING = Pattern.compile(
            "\\b(?:feel|feels|feeling|felt|feelings|emotions?|sad|sadness|lonely|alone|hurt|hurts|hurting|pain|painful"
                    + "|scared|afraid|fear|frightened|overwhelm\\w*|depress\\w*|anxious|anxiety|stress\\w*|hopeless|helpless"
                    + "|betrayed|heartbr\\w*|devastat\\w*|isolat\\w*|exhaust\\w*|tired|frustrat\\w*|angry|anger|mad|upset\\w*"
                    + "|worr\\w*|nervous|ashamed|guilt\\w*|embarrass\\w*|disappoint\\w*|confus\\w*|lost|stuck|trapped|torn"
                    + "|hard|difficult|tough|rough|awful|terrible|horrible|sucks|unfair|scary|grief|griev\\w*|concern\\w*"
                    + "|distress\\w*|miserable|down|low)\\b");

    /** A turn that opens by thanking, welcoming or taking leave. */
    private static final Pattern PLEASANTRY = Pattern.compile(
            "^\\W*(?:(?:you're|you are|your|ur) (?:very |so |most )?welcome|thank|thanks|bye|goodbye|good bye|take care"
                    + "|have a (?:good|great|nice|wonderful|lovely|blessed)|good luck|best of luck|all the best|hi|hello|hey"
                    + "|good (?:morning|evening|afternoon|night)|nice (?:talking|chatting|to)|it was (?:nice|great|a pleasure"
                    + "|good)|(?:i'm |i am )?glad (?:i|to) (?:could|was|have)|no problem|my pleasure|you too|same to you)\\b");

    /** A turn this short that opens with thanks or a goodbye says nothing else that counts. */
    private static final int PLEASANTRY_WORDS = 12;

    private EsconvStrategies() {}

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Narrows the strategies Spar's moves predict for one supporter turn to ESConv's reading of them. */
    static void refine(UtteranceAnalysis analysis, Set<String> labels) {
        String text = normalize(analysis.text());
        if (PLEASANTRY.matcher(text).lookingAt() && text.indexOf('?') < 0 && words(text) <= PLEASANTRY_WORDS) {
            labels.clear();
            return;
        }
        if (analysis.moves().stream()
                .anyMatch(m -> m.move() == Move.CLOSED_QUESTION
                        && RESTATES.matcher(normalize(m.quote())).lookingAt())) {
            labels.add(LabelMapping.PARAPHRASE);
        }
        if (labels.contains(LabelMapping.PARAPHRASE)
                && analysis.moves().stream()
                        .noneMatch(m -> (m.move() == Move.PARAPHRASE || m.move() == Move.CLOSED_QUESTION)
                                && RESTATES.matcher(normalize(m.quote())).lookingAt())) {
            labels.remove(LabelMapping.PARAPHRASE);
        }
        if (labels.contains(LabelMapping.REFLECTION_OF_FEELINGS)
                && analysis.moves().stream()
                        .noneMatch(m -> (m.move() == Move.EMPATHISE || m.move() == Move.ACKNOWLEDGE)
                                && FEELING.matcher(normalize(m.quote())).find()
                                && !asks(analysis.text(), m.span().start()))) {
            labels.remove(LabelMapping.REFLECTION_OF_FEELINGS);
        }
    }

    /** Returns whether the sentence around a place in the text ends in a question mark: it asks, not reflects. */
    private static boolean asks(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    }
}
