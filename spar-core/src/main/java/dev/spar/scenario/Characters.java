package dev.spar.scenario;

import java.util.OptionalInt;

/** What a person typed that cannot be kept as text: a control character, or half of a surrogate pair. */
public final class Characters {
    private Characters() {}

    /**
     * Returns the index of the first character that cannot be kept: a control character other than a line break or a
     * tab, or half of a surrogate pair (half of an emoji or symbol).
     */
    public static OptionalInt unkept(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean halfAPair = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c);
            if (control || halfAPair) {
                return OptionalInt.of(i);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return OptionalInt.empty();
    }

    /** Returns what the unkept character at this index is: "a control character" or "half of an emoji or symbol". */
    public static String describe(String text, int index) {
        return Character.isSurrogate(text.charAt(index)) ? "half of an emoji or symbol" : "a control character";
    }
}
