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
 *
 * <p>A question that checks it heard them right ("Are you saying...?", "..., correct?") is a restatement
 * too, and so is what Spar reads as their story said back when it is asked rather than told ("He moved out
 * in March?"). Their "Providing Information" is facts about the world and where to find help ("many clinics offer it
 * free"), not the reason a supporter gives for what they say ("I ask because..."), which Spar reads as
 * explaining.
 */
final class EsconvStrategies {

    /** An explicit restatement opens the sentence Spar read as a paraphrase. */
    private static final Pattern RESTATES = Pattern.compile(
            "^(?:(?:so|ok|okay|oh|ah|well|alright|i see|right|yes|yeah|hmm|and)[ ,.!]+)*(?:so,? you|it sounds|sounds like"
                    + "|that sounds like|it seems|seems like|you seem|you sound|you feel|you felt|you are|you're|you were"
                    + "|you have|you've|you mentioned|you said|you say|what i'm hearing|if i understand|i hear you|i hear that"
                    + "|from what|in other words|correct me|it looks like|you must|you might|you may|(?:so )?are you saying"
                    + "|(?:so )?what you're saying|(?:so )?what i'm hearing|my understanding is|i'm hearing|am i right in"
                    + "|if i'm (?:hearing|understanding)|(?:so,? )?(?:just )?to (?:confirm|clarify|make sure)|just so i"
                    + "|i hear you say|i think you're saying|you mean|i (?:can |could )?see (?:that )?you|(?:so,? )?i take it)\\b");

    /** A question that ends by checking it heard them right ("..., correct?", "am I right?") restates. */
    private static final Pattern CHECKED = Pattern.compile(
            "(?:^|[,.\\- ])(?:correct|right|am i right|is that (?:right|correct)|is that what you're saying)\\W*$");

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

    /** A reason given ("because...", "that's why"): Spar explains, ESConv's annotators do not call it information. */
    private static final Pattern REASON = Pattern.compile(
            "\\b(?:because|'cause|cos|since|the reason|due to|owing to|that's why|which is why|this is why|as a result"
                    + "|given that)\\b");

    /** What ESConv calls information: facts about the world, resources, what is common or known. */
    private static final Pattern FACT = Pattern.compile(
            "\\b(?:studies|research|science|experts|doctors|according to|there (?:are|is)|common|normal|proven|many"
                    + "|most|lots of|a lot of|plenty of|called|known as|cause|lead to|increase|reduce|available|free"
                    + "|you can (?:find|get|apply))\\b");

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
        if (analysis.moves().stream().anyMatch(m -> m.move() == Move.CLOSED_QUESTION && restates(m.quote()))) {
            labels.add(LabelMapping.PARAPHRASE);
        }
        if (labels.contains(LabelMapping.PARAPHRASE)
                && analysis.moves().stream()
                        .noneMatch(m -> ((m.move() == Move.PARAPHRASE || m.move() == Move.CLOSED_QUESTION)
                                        && restates(m.quote()))
                                || (m.move() == Move.PARAPHRASE
                                        && m.quote().strip().endsWith("?")))) {
            labels.remove(LabelMapping.PARAPHRASE);
        }
        if (labels.contains(LabelMapping.INFORMATION)
                && analysis.moves().stream()
                        .filter(m -> m.move() == Move.EXPLAIN)
                        .map(m -> normalize(m.quote()))
                        .allMatch(q ->
                                REASON.matcher(q).find() && !FACT.matcher(q).find())) {
            labels.remove(LabelMapping.INFORMATION);
        }
        if (labels.contains(LabelMapping.REFLECTION_OF_FEELINGS)
                && analysis.moves().stream()
                        .noneMatch(m -> (m.move() == Move.EMPATHISE || m.move() == Move.ACKNOWLEDGE)
                                && FEELING.matcher(normalize(m.quote())).find()
                                && !asks(analysis.text(), m.span().start()))) {
            labels.remove(LabelMapping.REFLECTION_OF_FEELINGS);
        }
    }

    /** Returns whether the words open as a restatement or end by checking it heard them right. */
    private static boolean restates(String quote) {
        String text = normalize(quote);
        return RESTATES.matcher(text).lookingAt()
                || (text.endsWith("?") && CHECKED.matcher(text).find());
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
