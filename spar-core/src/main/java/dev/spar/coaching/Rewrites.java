package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Span;
import dev.spar.scenario.Cues;
import java.util.List;

/** Builds stronger versions of a learner's line by replacing the sentence that holds the problem. */
final class Rewrites {
    private static final java.util.regex.Pattern TIP_THEN_QUOTE =
            java.util.regex.Pattern.compile("^(.*?):\\s*\"([^\"]+)\"");

    private Rewrites() {}

    /**
     * A better phrasing split into the tip ("Start with their situation, then the rule.") and the words to
     * say instead.
     */
    record Advice(String tip, String replacement) {
        /** Splits "tip: \"words\"" into its parts; plain words have no tip. */
        static Advice of(String alternative) {
            java.util.regex.Matcher m = TIP_THEN_QUOTE.matcher(alternative.strip());
            if (m.find()) {
                String tip = m.group(1).strip();
                return new Advice(
                        tip.endsWith(".") ? tip : tip + ".", m.group(2).strip());
            }
            return new Advice("", alternative.strip());
        }
    }

    /** Returns the line with the sentence around the span replaced by the alternative. */
    static String replaceSentence(String text, Span span, String alternative) {
        int start = sentenceStart(text, Math.min(span.start(), text.length()));
        int end = sentenceEnd(text, Math.min(span.end(), text.length()));
        String before = text.substring(0, start).strip();
        String after = text.substring(end).strip();
        return String.join(
                        " ",
                        List.of(before, alternative.strip(), after).stream()
                                .filter(s -> !s.isEmpty())
                                .toList())
                .strip();
    }

    /** Returns the sentence of the text that contains one of the cues, or the whole text. */
    static String sentenceWith(String text, List<String> cues) {
        for (String cue : cues) {
            int at = Cues.indexIn(text, cue);
            if (at >= 0) {
                int start = sentenceStart(text, at);
                int end = sentenceEnd(text, at + cue.length());
                return text.substring(start, end).strip();
            }
        }
        return text;
    }

    /** Returns a generic stronger phrasing for a problem when the analysis gave none. */
    static String defaultAlternative(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> "I can hear how frustrating this is. Let me look at exactly what happened.";
            case BLAME -> "Let's walk through what happened step by step and see where it went wrong.";
            case POLICY_FIRST -> "I understand why you're asking. Let me review what options we have for your case.";
            case CONDESCENSION -> "Let me walk you through it so we're looking at the same thing.";
            case OVER_PROMISE -> "I can't promise the outcome yet, but I will check today and tell you what I find.";
            case GUESSING -> "I don't want to guess. Let me confirm it and get back to you with a clear answer.";
            case JUDGEMENTAL_FRAMING -> "So you expected one thing and got another. Is that right?";
            case CANNED_EMPATHY -> "Being without it for this long, right before you needed it, is a real problem.";
            case OVER_APOLOGY -> "I'm sorry this happened. Here is what I will do.";
            case HEDGING -> "Here is what I think, plainly.";
            case REACTIVE -> "I want to help sort this out, and I need us to keep this respectful so we can.";
            case OVER_EXPLAINING -> "In short: here is what happened, and here is what I can do.";
            case CONCESSION -> "I hear you, and my answer is still the same. Here is what I can do instead.";
            default -> "Say it plainly, in your own words.";
        };
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i < from) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }
}
