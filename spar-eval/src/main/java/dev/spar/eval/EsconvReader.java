package dev.spar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads ESConv's split files {@code train.json} (development) and {@code valid.json} (reporting): JSON Lines,
 * one dialogue per line, with a {@code dialog} list of {@code {text, speaker: usr|sys, strategy}} turns.
 *
 * <p>Each supporter ({@code sys}) turn with a {@code strategy} is one example, labelled with the strategy
 * in the vocabulary of {@link LabelMapping} ({@code Restatement or Paraphrasing} becomes {@code paraphrase},
 * and so on; an unknown strategy becomes its lower-case, hyphenated name). The context is the seeker's last
 * run of turns before it.
 */
public final class EsconvReader implements DatasetReader {

    /** The development file. */
    public static final String DEV_FILE = "train.json";

    /** The reporting file. */
    public static final String TEST_FILE = "valid.json";

    private static final String EXPECTED =
            "one dialogue per line: {\"dialog\": [{\"text\": ..., \"speaker\": \"usr\"|\"sys\", \"strategy\": ...}]}";

    private static final Map<String, String> STRATEGIES = Map.of(
            "Question", LabelMapping.QUESTION,
            "Restatement or Paraphrasing", LabelMapping.PARAPHRASE,
            "Reflection of feelings", LabelMapping.REFLECTION_OF_FEELINGS,
            "Affirmation and Reassurance", LabelMapping.AFFIRMATION,
            "Providing Suggestions", LabelMapping.SUGGESTION,
            "Information", LabelMapping.INFORMATION,
            "Self-disclosure", LabelMapping.SELF_DISCLOSURE,
            "Others", LabelMapping.OTHERS);

    /** Creates the reader. */
    public EsconvReader() {}

    @Override
    public List<Example> read(Path folder, Split split) {
        List<Example> examples = new ArrayList<>();
        if (split.includesFile(false)) {
            readFile(Inputs.file(folder, DEV_FILE, "ESConv"), examples);
        }
        if (split.includesFile(true)) {
            readFile(Inputs.file(folder, TEST_FILE, "ESConv"), examples);
        }
        return examples;
    }

    /** Returns the label for an ESConv strategy name. */
    static String label(String strategy) {
        String known = STRATEGIES.get(strategy.trim());
        if (known != null) {
            return known;
        }
        return strategy.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static void readFile(Path file, List<Example> examples) {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        for (Inputs.Numbered dialogue : Inputs.jsonLines(file, EXPECTED)) {
            String where = "line " + dialogue.line();
            if (!dialogue.value().isObject()) {
                throw DatasetException.in(file, where + ": expected " + EXPECTED);
            }
            JsonNode turns = Inputs.array(dialogue.value(), "dialog", file, where);
            String conversation = stem + ":" + dialogue.line();
            String seeker = "";
            boolean seekerRunOpen = false;
            int index = 0;
            for (JsonNode turn : turns) {
                String turnWhere = where + ", dialog turn " + index;
                String text = Inputs.text(turn, "text", file, turnWhere);
                String speaker = Inputs.text(turn, "speaker", file, turnWhere);
                switch (speaker) {
                    case "usr" -> {
                        seeker = seekerRunOpen ? seeker + " " + text : text;
                        seekerRunOpen = true;
                    }
                    case "sys" -> {
                        seekerRunOpen = false;
                        JsonNode strategy = turn.get("strategy");
                        if (strategy != null && strategy.isTextual()) {
                            examples.add(Example.of(
                                    conversation + "/" + index,
                                    conversation,
                                    speaker,
                                    text,
                                    seeker,
                                    Set.of(label(strategy.asText()))));
                        }
                    }
                    default ->
                        throw DatasetException.in(
                                file, turnWhere + ": expected speaker \"usr\" or \"sys\", found \"" + speaker + "\"");
                }
                index++;
            }
        }
    }
}
