package dev.spar.web.teams;

/** Checks the text people write in the team layer (notes, comments, reasons) before it is stored. */
final class Text {
    private Text() {}

    /**
     * Returns the text stripped, if it is 1 to {@code max} characters with no control characters but line breaks and
     * tabs, and no half of a surrogate pair.
     *
     * @throws IllegalArgumentException naming the field
     */
    static String required(String text, String field, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty.");
        }
        if (t.length() > max) {
            throw new IllegalArgumentException(field + " is " + t.length() + " characters; keep it under " + max + ".");
        }
        return checked(t, field);
    }

    /** Returns the text if it holds no control characters (but line breaks and tabs) and no lone surrogate. */
    static String checked(String text, String field) {
        if (dev.spar.scenario.Characters.unkept(text).isPresent()) {
            throw new IllegalArgumentException(field + " holds a character that cannot be kept (a control"
                    + " character or half of one); remove it and send it again.");
        }
        return text;
    }
}
