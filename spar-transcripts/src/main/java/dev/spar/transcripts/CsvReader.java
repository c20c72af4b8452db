package dev.spar.transcripts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.spar.review.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV (or tab- or semicolon-separated) table whose header names a speaker column (speaker, author,
 * from, sender...) and a text column (text, message, body...), found whatever their case; a time and a role
 * column are used when present.
 */
final class CsvReader {
    private static final Set<String> SPEAKER = Set.of(
            "speaker",
            "speakername",
            "author",
            "authorname",
            "from",
            "sender",
            "sendername",
            "name",
            "participant",
            "user",
            "username",
            "who",
            "displayname");
    private static final Set<String> TEXT = Set.of(
            "text",
            "message",
            "messagetext",
            "messagebody",
            "body",
            "content",
            "utterance",
            "transcript",
            "comment",
            "msg",
            "line");
    private static final Set<String> TIME =
            Set.of("time", "timestamp", "date", "datetime", "createdat", "sentat", "created", "sent", "starttime");
    private static final Set<String> ROLE =
            Set.of("role", "side", "speakertype", "authortype", "usertype", "sendertype", "participantrole");
    private static final CsvMapper CSV = new CsvMapper();

    private CsvReader() {}

    /** Whether the first line is a header with a speaker and a text column; a hinted file without one is refused. */
    static boolean looksCsv(String text, boolean hinted) {
        String header = text.stripLeading().split("\n", 2)[0];
        char sep = separator(header);
        List<String> columns = split(header, sep);
        boolean ok = index(columns, SPEAKER) >= 0 && index(columns, TEXT) >= 0;
        if (!ok && hinted) {
            throw TranscriptException.atLine(
                    1,
                    "a CSV needs a header with a speaker column (speaker, author, from,"
                            + " sender) and a text column (text, message, body); found: " + String.join(", ", columns));
        }
        return ok;
    }

    static Parsed read(String text) {
        String body = text.stripLeading();
        int skippedLines = text.substring(0, text.length() - body.length()).split("\n", -1).length - 1;
        char sep = separator(body.split("\n", 2)[0]);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
        List<RawTurn> turns = new ArrayList<>();
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(schema)
                .readValues(body)) {
            List<String> header = rows.next();
            int speaker = index(header, SPEAKER);
            int said = index(header, TEXT);
            int time = index(header, TIME);
            int role = index(header, ROLE);
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr() + skippedLines;
                List<String> row = rows.nextValue();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String t = cell(row, said);
                if (t.isBlank()) {
                    continue;
                }
                String who = cell(row, speaker);
                if (who.isBlank()) {
                    throw TranscriptException.atLine(
                            line,
                            "the " + header.get(speaker) + " column is empty: who said '"
                                    + PlainReader.abbreviate(t.strip()) + "'?");
                }
                Optional<Role> r = role < 0 ? Optional.empty() : Role.byId(cell(row, role));
                String when = time < 0 ? "" : cell(row, time).strip();
                turns.add(new RawTurn(
                        who.strip(),
                        t.strip(),
                        when.isEmpty() ? Optional.empty() : Optional.of(when),
                        r,
                        "line " + line));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + skippedLines;
            throw TranscriptException.atLine(
                    line, "not valid CSV: " + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return Parsed.of(turns);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static char separator(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semis = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        return tabs >= commas && tabs >= semis && tabs > 0 ? '\t' : semis > commas ? ';' : ',';
    }

    private static List<String> split(String header, char sep) {
        List<String> out = new ArrayList<>();
        for (String c : header.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)) {
            out.add(c.strip().replace("\"", ""));
        }
        return out;
    }

    private static int index(List<String> columns, Set<String> names) {
        for (int i = 0; i < columns.size(); i++) {
            if (names.contains(normal(columns.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String normal(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
