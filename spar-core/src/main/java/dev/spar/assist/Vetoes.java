package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import java.util.regex.Pattern;

/**
 * Flags from the analysis that live assist drops because, in a live reply, they would be false alarms. Kept
 * here rather than in the analysis, which another piece of work owns; each rule names the case it covers.
 */
final class Vetoes {
    /** Citing the rules to say yes ("the terms allow a refund and you're within that") is not policy first. */
    private static final Pattern POLICY_GRANTS = Text.words(
            "allows?|covers?|lets (?:me|us|you)|entitles you|you're (?:within|covered|eligible|entitled)|you are (?:within"
                    + "|covered|eligible|entitled)|qualif(?:y|ies)");

    private static final Pattern POLICY_REFUSES = Text.words(
            "not|no|never|only|unless|except|can't|cannot|won't|don't|doesn't|isn't|aren't|outside|past|beyond|expired");

    private Vetoes() {}

    /** Returns whether the flag should be shown for this draft. */
    static boolean keep(Flag flag, String draft) {
        if (flag.category() == FindingCategory.POLICY_FIRST) {
            String sentence = Text.normalize(draft.substring(
                    Text.sentenceStart(draft, flag.span().start()),
                    Text.sentenceEnd(
                            draft, Math.max(flag.span().start(), flag.span().end() - 1))));
            return !(POLICY_GRANTS.matcher(sentence).find()
                    && !POLICY_REFUSES.matcher(sentence).find());
        }
        return true;
    }
}
