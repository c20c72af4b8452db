package dev.spar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CaSiNo's split files {@code casino_train.json} (development) and {@code casino_valid.json}
 * (reporting): a JSON list of dialogues with {@code chat_logs} ({@code {text, id}}) and {@code annotations}
 * ({@code [utterance, "label1,label2"]}).
 *
 * <p>Each annotated utterance is one example with its labels as given. Annotations are matched in order to
 * the chat log to learn who said them and what the other participant said just before (the context);
 * where an annotation's text is not in the log, turns are assumed to alternate and the previous annotated
 * utterance is the context. Deal actions ({@code Submit-Deal} and the like) are not utterances.
 */
public final class CasinoReader implements DatasetReader {

    /** The development file. */
    public static final String DEV_FILE = "casino_train.json";

    /** The reporting file. */
    public static final String TEST_FILE = "casino_valid.json";

    private static final String EXPECTED = "a JSON list of dialogues, each with \"dialogue_id\", \"chat_logs\" "
            + "[{\"text\", \"id\"}] and \"annotations\" [[utterance, labels]]";

    private static final Set<String> DEAL_ACTIONS = Set.of("Submit-Deal", "Accept-Deal", "Reject-Deal", "Walk-Away");

    /** Creates the reader. */
    public CasinoReader() {}

    private record Line(String speaker, String text) {}

    @Override
    public List<Example> read(Path folder, Split split) {
        List<Example> examples = new ArrayList<>();
        if (split.includesFile(false)) {
            readFile(Inputs.file(folder, DEV_FILE, "CaSiNo"), examples);
        }
        if (split.includesFile(true)) {
            readFile(Inputs.file(folder, TEST_FILE, "CaSiNo"), examples);
        }
        return examples;
    }

    private static void readFile(Path file, List<Example> examples) {
        JsonNode dialogues = Inputs.json(file, EXPECTED);
        if (!dialogues.isArray()) {
            throw DatasetException.in(file, "expected " + EXPECTED);
        }
        int position = 0;
        for (JsonNode dialogue : dialogues) {
            String where = "dialogue " + position;
            if (!dialogue.isObject()) {
                throw DatasetException.in(file, where + ": expected " + EXPECTED);
            }
            JsonNode idNode = dialogue.get("dialogue_id");
            String conversation = idNode == null || idNode.isNull() ? Integer.toString(position) : idNode.asText();
            where = "dialogue " + conversation;
            JsonNode annotations = dialogue.get("annotations");
            if (annotations != null && annotations.isArray() && !annotations.isEmpty()) {
                readDialogue(file, where, conversation, lines(file, where, dialogue), annotations, examples);
            }
            position++;
        }
    }

    private static List<Line> lines(Path file, String where, JsonNode dialogue) {
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : Inputs.array(dialogue, "chat_logs", file, where)) {
            String entryWhere = where + ", chat_logs entry " + index++;
            String text = Inputs.text(entry, "text", file, entryWhere);
            if (!DEAL_ACTIONS.contains(text)) {
                lines.add(new Line(Inputs.text(entry, "id", file, entryWhere), text));
            }
        }
        return lines;
    }

    private static void readDialogue(
            Path file,
            String where,
            String conversation,
            List<Line> lines,
            JsonNode annotations,
            List<Example> examples) {
        int next = 0;
        String previousSpeaker = "";
        String previousText = "";
        int index = 0;
        for (JsonNode annotation : annotations) {
            if (!annotation.isArray()
                    || annotation.size() != 2
                    || !annotation.get(0).isTextual()
                    || !annotation.get(1).isTextual()) {
                throw DatasetException.in(
                        file,
                        where + ", annotation " + index + ": expected a pair [utterance text, \"label1,label2\"]");
            }
            String text = annotation.get(0).asText();
            int found = find(lines, text, next);
            String speaker;
            String context;
            if (found >= 0) {
                speaker = lines.get(found).speaker();
                context = counterpartRun(lines, found);
                next = found + 1;
            } else {
                speaker = other(lines, previousSpeaker);
                context = previousText;
            }
            Set<String> labels = new LinkedHashSet<>();
            for (String label : annotation.get(1).asText().split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.trim());
                }
            }
            examples.add(Example.of(conversation + "/" + index, conversation, speaker, text, context, labels));
            previousSpeaker = speaker;
            previousText = text;
            index++;
        }
    }

    private static String other(List<Line> lines, String speaker) {
        return lines.stream()
                .map(Line::speaker)
                .filter(s -> !s.equals(speaker))
                .findFirst()
                .orElse("unknown");
    }

    private static int find(List<Line> lines, String text, int from) {
        String wanted = text.strip();
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String counterpartRun(List<Line> lines, int at) {
        String speaker = lines.get(at).speaker();
        int end = at;
        while (end > 0 && lines.get(end - 1).speaker().equals(speaker)) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).speaker().equals(speaker)) {
            start--;
        }
        List<String> run = new ArrayList<>();
        for (int i = start; i < end; i++) {
            run.add(lines.get(i).text());
        }
        return String.join(" ", run);
    }
}
