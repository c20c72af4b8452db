package dev.spar.transcripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Name: text} lines: any names, a clock time before or after the name tolerated ({@code [10:02]
 * Maria: hi}, {@code Maria (10:02): hi}), and lines without a name joined to the turn before.
 */
final class PlainReader {
    static final String TIME =
            "(?:\\d{4}-\\d{2}-\\d{2}[ T,]+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";

    private static final Pattern TURN = Pattern.compile("^\\s*(?:[\\[(]?(" + TIME + ")[\\])]?\\s*[-–|]?\\s*)?"
            + "(\\p{L}[\\p{L}\\p{M}0-9 .'’&_()\\-]{0,47}?)\\s*(?:[\\[(](" + TIME + ")[\\])])?\\s*:(?:\\s+(.*)|$)");

    /** Words before a colon that start a line of text rather than name a speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "ps",
            "p.s",
            "p.s.",
            "note",
            "nb",
            "re",
            "fwd",
            "fw",
            "subject",
            "to",
            "from",
            "cc",
            "date",
            "sent",
            "tel",
            "phone",
            "email",
            "e-mail",
            "address",
            "order",
            "ticket",
            "reference",
            "ref",
            "account",
            "step",
            "update",
            "edit",
            "http",
            "https",
            "total",
            "price",
            "answer",
            "question",
            "example",
            "warning",
            "error",
            "tip");

    private PlainReader() {}

    /** Returns whether the text has at least one line that reads as a turn. */
    static boolean looksPlain(String text) {
        for (String line : text.split("\n", 50)) {
            Matcher m = TURN.matcher(line);
            if (m.find() && isSpeaker(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    /** A {@code Name: text} prefix of a caption line: the name and the rest, or empty when the line has none. */
    static Optional<String[]> speakerPrefix(String line) {
        Matcher m = TURN.matcher(line);
        if (m.find() && m.group(1) == null && m.group(3) == null && isSpeaker(m.group(2))) {
            return Optional.of(new String[] {
                m.group(2).strip(), m.group(4) == null ? "" : m.group(4).strip()
            });
        }
        return Optional.empty();
    }

    static Parsed read(String text) {
        String[] lines = text.split("\n", -1);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TURN.matcher(lines[i]);
            if (m.find() && isSpeaker(m.group(2))) {
                String speaker = m.group(2).strip();
                String time = m.group(1) != null ? m.group(1) : m.group(3);
                String said = m.group(4) == null ? "" : m.group(4).strip();
                candidates.add(new Candidate(i + 1, speaker, Optional.ofNullable(time), said));
                seen.merge(speaker, 1, Integer::sum);
            } else {
                candidates.add(new Candidate(i + 1, null, Optional.empty(), lines[i].strip()));
            }
        }
        List<RawTurn> turns = new ArrayList<>();
        StringBuilder current = null;
        RawTurn start = null;
        for (Candidate c : candidates) {
            boolean isTurn = c.speaker() != null && !(seen.get(c.speaker()) == 1 && seen.size() > 2 && hasDigit(c));
            if (isTurn) {
                if (start != null) {
                    turns.add(start.withText(current.toString().strip()));
                }
                start = new RawTurn(c.speaker(), "", c.time(), Optional.empty(), "line " + c.line());
                current = new StringBuilder(c.text());
            } else if (!c.text().isEmpty()) {
                if (start == null) {
                    throw TranscriptException.atLine(
                            c.line(),
                            "'" + abbreviate(c.text()) + "' comes before any 'Name: text' line; a plain transcript"
                                    + " has one turn per line, like 'Maria: Hello, my order has not arrived'");
                }
                String line = c.speaker() == null ? c.text() : c.speaker() + ": " + c.text();
                current.append(current.isEmpty() ? "" : "\n").append(line);
            }
        }
        if (start != null) {
            turns.add(start.withText(current.toString().strip()));
        }
        if (turns.isEmpty()) {
            throw new TranscriptException("no 'Name: text' lines found; a plain transcript has one turn per line,"
                    + " like 'Maria: Hello, my order has not arrived'");
        }
        return Parsed.of(turns.stream().filter(t -> !t.text().isEmpty()).toList());
    }

    private static boolean hasDigit(Candidate c) {
        return c.speaker().chars().anyMatch(Character::isDigit);
    }

    private static boolean isSpeaker(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return !n.isEmpty() && !NOT_SPEAKERS.contains(n) && n.split("\\s+").length <= 5;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private record Candidate(int line, String speaker, Optional<String> time, String text) {}
}
