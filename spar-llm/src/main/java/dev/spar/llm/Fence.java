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

    /** Returns the text with {@code &}, {@code <} and {@code >} escaped, so it reads the same and fences nothing. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
