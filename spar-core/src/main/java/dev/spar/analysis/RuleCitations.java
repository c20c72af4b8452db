package dev.spar.analysis;

import java.util.regex.Pattern;

/**
 * The clauses that only point at the rule ("that's our policy", "it's in the terms you agreed to"): they say nothing
 * of what the rule is, so a rewrite that puts understanding first drops them rather than keep what was flagged.
 */
public final class RuleCitations {
    private static final String POINTER = "(?:that's|that is|thats|it's|it is|its|this is|those are|these are)";
    private static final Pattern CITED = Pattern.compile("(?i)(?:\\s*[,;]\\s*|\\s+(?:and|but|as)\\s+|^\\s*)(?:"
            + POINTER
            + "\\s+(?:just\\s+)?(?:our|the|company)\\s+(?:company\\s+)?(?:policy|policies|rules?)"
            + "|" + POINTER + "\\s+(?:all\\s+|clearly\\s+)?(?:in|written in|set out in|stated in)\\s+(?:the|our)\\s+"
            + "(?:terms(?:\\s+and\\s+conditions)?|t&cs|t's and c's|small print|policy|contract)"
            + "(?:\\s+(?:that\\s+)?(?:you|u)\\s+(?:agreed to|accepted|signed(?:\\s+up\\s+to)?))?"
            + "|rules are rules)(?=\\s*(?:[,;.!?]|and\\b|but\\b|$))");

    private RuleCitations() {}

    /**
     * Returns the text without the clauses that only point at the rule; a sentence left with nothing in it goes.
     *
     * @param text a line or a sentence
     * @return the text without them, or "" when nothing else was said
     */
    public static String without(String text) {
        String cut = CITED.matcher(text).replaceAll("");
        String out = cut.replaceAll("^[\\s,;.!?]+", "")
                .replaceAll("\\s*[,;]\\s*([.!?]|$)", "$1")
                .replaceAll("(^|[.!?]\\s*)[.!?]+", "$1")
                .strip();
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
