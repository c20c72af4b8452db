package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a draft so that one flagged problem is gone and everything else the rep wrote stays: the
 * smallest edit that fixes it (drop a hedge, keep one apology, turn a guess into a check, put understanding
 * before the rule), and only where no smaller edit exists, a stronger clause in place of the flagged one.
 *
 * <p>Most problems are fixed by a table of edits ({@link RuleEdits}); those that need more than a pattern have
 * their own ({@link WholeDraftEdits}); both put their words in through {@link DraftSplice}.
 */
final class DraftRewriter {
    private static final Pattern TIP_THEN_WORDS = Pattern.compile("^(.*?):\\s*\"([^\"]+)\"");

    private DraftRewriter() {}

    /** Returns why the flag matters, with the phrase book's tip when it has one. */
    static String why(Flag flag) {
        String tip = tip(flag.alternative());
        return tip.isEmpty() ? flag.category().why() : flag.category().why() + " " + tip;
    }

    /** Returns the whole draft with this one problem fixed. */
    static String rewrite(String draft, Flag flag, UtteranceAnalysis analysis, CustomerWords words) {
        String rewritten =
                switch (flag.category()) {
                    case OVER_APOLOGY -> WholeDraftEdits.overApology(draft, flag);
                    case GUESSING -> WholeDraftEdits.guessing(draft, flag);
                    case OVER_PROMISE, FALSE_HOPE -> WholeDraftEdits.overPromise(draft, flag);
                    case POLICY_FIRST -> WholeDraftEdits.policyFirst(draft, flag, analysis, words);
                    case CANNED_EMPATHY -> WholeDraftEdits.cannedEmpathy(draft, flag, words);
                    case OVER_EXPLAINING -> WholeDraftEdits.overExplaining(draft);
                    default -> RuleEdits.apply(draft, flag, words);
                };
        // An edit that changes nothing falls back to the phrase book's words.
        if (rewritten.isBlank() || rewritten.equals(draft.strip())) {
            return fallback(draft, flag);
        }
        if (flag.category() == FindingCategory.HEDGING
                && flag.quote().toLowerCase().startsWith("if ")) {
            rewritten = withClosingCheck(rewritten, analysis);
        }
        return rewritten;
    }

    /** The phrase book's words for a stronger line, in place of the flagged clause; the last resort. */
    private static String fallback(String draft, Flag flag) {
        String words = wordsOf(flag.alternative());
        if (words.isBlank()) {
            words = "Let me put that another way.";
        }
        return DraftSplice.replace(
                draft,
                Text.sentenceStart(draft, flag.span().start()),
                Text.sentenceEnd(draft, flag.span().end()),
                Text.asSentence(words));
    }

    private static String withClosingCheck(String draft, UtteranceAnalysis analysis) {
        if (analysis.has(Move.CLOSING_CHECK)) {
            return draft;
        }
        return Text.asSentence(draft) + " Does that work for you?";
    }

    private static String tip(String alternative) {
        Matcher m = TIP_THEN_WORDS.matcher(alternative.strip());
        if (!m.find()) {
            return "";
        }
        String tip = m.group(1).strip();
        return tip.endsWith(".") ? tip : tip + ".";
    }

    private static String wordsOf(String alternative) {
        Matcher m = TIP_THEN_WORDS.matcher(alternative.strip());
        return m.find() ? m.group(2).strip() : alternative.strip();
    }
}
