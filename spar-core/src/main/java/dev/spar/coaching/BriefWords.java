package dev.spar.coaching;

/**
 * Turns the words of the learner's brief (its notes, the facts to find, what may be offered, the key points) into
 * words to put in a sentence of the critique or a hint.
 */
final class BriefWords {
    private BriefWords() {}

    /** Returns the words with a lower-case first letter, to go mid-sentence; "I" and "I'd" stay as they are. */
    static String lowerFirst(String s) {
        if (s.isEmpty() || s.matches("I(?:\\b|').*")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Returns the part of a brief's note that can be said to the other person: its first clause, without the
     * author's asides in brackets or after a semicolon ("...careless; the insults are the anger...").
     */
    static String sayable(String note) {
        String said = note.replaceAll("\\s*\\([^)]*\\)", "");
        int stop = said.indexOf(';');
        return (stop >= 0 ? said.substring(0, stop) : said).strip();
    }

    static String stripStop(String s) {
        return s.strip().replaceAll("[.!]+$", "");
    }
}
