package dev.spar.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads dataset files, turning every way they can be missing or malformed into a {@link DatasetException}. */
final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();

    private Inputs() {}

    /** A CSV record with the line it ends on. */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /** Returns the file of a dataset folder, checking that both exist. */
    static Path file(Path folder, String name, String dataset) {
        if (!Files.isDirectory(folder)) {
            throw new DatasetException(
                    folder + ": no such folder; expected the " + dataset + " dataset folder holding " + name);
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw DatasetException.in(file, "no such file; expected " + dataset + "'s " + name + " in " + folder);
        }
        return file;
    }

    /** Reads a CSV file with a header row that must hold the given columns. */
    static List<Row> csv(Path file, List<String> columns) {
        String expected = "expected a CSV header row with the columns " + String.join(", ", columns);
        if (firstLine(file).isBlank()) {
            throw DatasetException.in(file, "is empty; " + expected);
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                CSV.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            boolean any = it.hasNext();
            Set<String> header = new HashSet<>();
            if (it.getParserSchema() instanceof CsvSchema parsed) {
                parsed.forEach(c -> header.add(c.getName()));
            }
            List<String> missing =
                    columns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw DatasetException.in(
                        file,
                        expected + ", but " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                                + " missing");
            }
            List<Row> rows = new ArrayList<>();
            while (any) {
                Map<String, String> cells = it.next();
                rows.add(new Row(it.getParser().currentTokenLocation().getLineNr(), cells));
                any = it.hasNext();
            }
            return rows;
        } catch (JacksonException e) {
            throw DatasetException.in(
                    file, "not a well-formed CSV file at line " + lineOf(e) + ": " + e.getOriginalMessage(), e);
        } catch (DatasetException e) {
            throw e;
        } catch (RuntimeException e) {
            // MappingIterator wraps parse errors met while looking ahead in unchecked exceptions.
            if (e.getCause() instanceof JacksonException cause) {
                throw DatasetException.in(
                        file,
                        "not a well-formed CSV file at line " + lineOf(cause) + ": " + cause.getOriginalMessage(),
                        e);
            }
            throw DatasetException.in(file, "not a well-formed CSV file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static String firstLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads a JSON file holding one value. */
    static JsonNode json(Path file, String expected) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw DatasetException.in(
                    file,
                    "not valid JSON at line " + lineOf(e) + " (" + e.getOriginalMessage() + "); expected " + expected,
                    e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads a JSON Lines file: one JSON value per non-blank line, each returned with its line number. */
    static List<Numbered> jsonLines(Path file, String expected) {
        List<Numbered> values = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    values.add(new Numbered(number, JSON.readTree(line)));
                } catch (JacksonException e) {
                    throw DatasetException.in(
                            file,
                            "line " + number + " is not valid JSON (" + e.getOriginalMessage() + "); expected "
                                    + expected,
                            e);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return values;
    }

    /** A JSON value with the line it was read from. */
    record Numbered(int line, JsonNode value) {}

    /** Returns a text field of a JSON object, failing with the file and place if it is absent or not text. */
    static String text(JsonNode node, String field, Path file, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw DatasetException.in(file, where + ": expected a text field \"" + field + "\"");
        }
        return value.asText();
    }

    /** Returns an array field of a JSON object, failing with the file and place if it is absent or not a list. */
    static JsonNode array(JsonNode node, String field, Path file, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw DatasetException.in(file, where + ": expected a list field \"" + field + "\"");
        }
        return value;
    }

    private static long lineOf(JacksonException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }

    private static DatasetException unreadable(Path file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return DatasetException.in(file, "not UTF-8 text; expected a UTF-8 file", e);
        }
        return DatasetException.in(file, "cannot be read (" + e.getMessage() + ")", e);
    }
}
