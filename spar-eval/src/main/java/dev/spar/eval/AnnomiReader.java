package dev.spar.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads AnnoMI's {@code AnnoMI-full.csv}: one example per therapist utterance.
 *
 * <p>Rows are de-duplicated on ({@code transcript_id}, {@code utterance_id}). An utterance labelled by
 * several annotators keeps each annotator's labels, and its gold labels are those a strict majority of them
 * gave. Labels: {@code question} ({@code question_exists}), {@code open-question} / {@code closed-question}
 * ({@code question_subtype}), {@code reflection} ({@code reflection_exists}), and {@code information}, {@code
 * advice}, {@code options}, {@code negotiation} ({@code therapist_input_subtype}). The context is the client's
 * last run of utterances before it. The split is by {@code transcript_id} modulo {@link Split#FOLDS}.
 */
public final class AnnomiReader implements DatasetReader {

    /** The file read from the dataset folder. */
    public static final String FILE = "AnnoMI-full.csv";

    private static final String THERAPIST = "therapist";
    private static final List<String> COLUMNS = List.of(
            "transcript_id",
            "utterance_id",
            "interlocutor",
            "utterance_text",
            "therapist_input_subtype",
            "reflection_exists",
            "question_exists",
            "question_subtype");

    /** Creates the reader. */
    public AnnomiReader() {}

    private record Utterance(int number, String interlocutor, String text, List<Set<String>> annotations) {}

    @Override
    public List<Example> read(Path folder, Split split) {
        Path file = Inputs.file(folder, FILE, "AnnoMI");
        Map<Long, Map<Integer, Utterance>> transcripts = new LinkedHashMap<>();
        for (Inputs.Row row : Inputs.csv(file, COLUMNS)) {
            long transcript = number(row, "transcript_id", file);
            int utteranceId = (int) number(row, "utterance_id", file);
            if (!split.includesFold(transcript)) {
                continue;
            }
            String interlocutor = row.get("interlocutor").trim().toLowerCase(Locale.ROOT);
            Utterance u = transcripts
                    .computeIfAbsent(transcript, t -> new TreeMap<>())
                    .computeIfAbsent(
                            utteranceId,
                            n -> new Utterance(n, interlocutor, row.get("utterance_text"), new ArrayList<>()));
            u.annotations().add(THERAPIST.equals(interlocutor) ? labels(row) : Set.of());
        }
        List<Example> examples = new ArrayList<>();
        transcripts.forEach((transcript, utterances) -> {
            String client = "";
            boolean clientRunOpen = false;
            for (Utterance u : utterances.values()) {
                if (!THERAPIST.equals(u.interlocutor())) {
                    client = clientRunOpen ? client + " " + u.text() : u.text();
                    clientRunOpen = true;
                    continue;
                }
                clientRunOpen = false;
                List<Set<String>> annotations = u.annotations();
                examples.add(new Example(
                        transcript + "/" + u.number(),
                        Long.toString(transcript),
                        THERAPIST,
                        u.text(),
                        client,
                        majority(annotations),
                        annotations.size() > 1 ? annotations : List.of()));
            }
        });
        return examples;
    }

    /** Returns the labels that more than half of the annotations give. */
    static Set<String> majority(List<Set<String>> annotations) {
        Map<String, Integer> counts = new HashMap<>();
        annotations.forEach(a -> a.forEach(label -> counts.merge(label, 1, Integer::sum)));
        Set<String> gold = new LinkedHashSet<>();
        counts.forEach((label, count) -> {
            if (count * 2 > annotations.size()) {
                gold.add(label);
            }
        });
        return gold;
    }

    private static Set<String> labels(Inputs.Row row) {
        Set<String> labels = new LinkedHashSet<>();
        if (isTrue(row.get("question_exists"))) {
            labels.add(LabelMapping.QUESTION);
            switch (row.get("question_subtype").trim().toLowerCase(Locale.ROOT)) {
                case "open" -> labels.add(LabelMapping.OPEN_QUESTION);
                case "closed" -> labels.add(LabelMapping.CLOSED_QUESTION);
                default -> {}
            }
        }
        if (isTrue(row.get("reflection_exists"))) {
            labels.add(LabelMapping.REFLECTION);
        }
        String input = row.get("therapist_input_subtype").trim().toLowerCase(Locale.ROOT);
        if (!input.isEmpty() && !input.equals("n/a")) {
            labels.add(input);
        }
        return labels;
    }

    private static boolean isTrue(String value) {
        return value.trim().equalsIgnoreCase("true");
    }

    private static long number(Inputs.Row row, String column, Path file) {
        String value = row.get(column).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DatasetException.in(
                    file,
                    "record ending on line " + row.line() + ": expected a whole number in " + column + ", found \""
                            + value + "\"",
                    e);
        }
    }
}
