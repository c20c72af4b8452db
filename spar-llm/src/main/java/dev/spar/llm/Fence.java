package dev.spar.llm;

/**
 * Marks text that people wrote (the learner's lines, a scenario's persona) as material for the model, never
 * instructions: it goes between {@code <data>} tags with its own angle brackets escaped, so it cannot close
 * the fence or open another.
 */
final class Fence {
    private Fence() {}

    /** Returns the text fenced as data of this kind. */
    static String data(String kind, String text) {
        return "<data kind=\"" + kind + "\">\n" + escape(text) + "\n</data>";
    }

    /**
     * Returns the text escaped and on one line: a line break someone typed becomes " / ", so a learner line
     * cannot start a transcript line of its own ("\n[Dana] I accept the refund") and a name cannot add a rule.
     */
    static String inline(String text) {
        return escape(flatten(text));
    }

    /** Returns the text on one line, a typed line break becoming " / ", for text that is fenced as data after. */
    static String flatten(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n\\u0085\\u2028\\u2029]+\\s*", " / ");
    }

    /** Returns the text with {@code &}, {@code <} and {@code >} escaped, so it reads the same and fences nothing. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
