package dev.spar.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads EPITOME's three Reddit CSV files ({@code sp_id, rp_id, seeker_post, response_post, level,
 * rationales}), one per empathy mechanism, joined on ({@code sp_id}, {@code rp_id}).
 *
 * <p>Each response is one example whose context is the seeker post; it has a mechanism's label when that
 * file gives it level 1 (weak) or 2 (strong). A pair listed twice in a file keeps its highest level. The
 * split is by the {@link Split#fold(String) fold} of {@code sp_id}, so all responses to a post stay together.
 */
public final class EpitomeReader implements DatasetReader {

    /** The files read from the dataset folder, each with the label its level gives. */
    public static final Map<String, String> FILES = orderedFiles();

    private static final List<String> COLUMNS = List.of("sp_id", "rp_id", "seeker_post", "response_post", "level");

    /** Creates the reader. */
    public EpitomeReader() {}

    private record Pair(String seekerId, String responseId) {}

    private record Post(String seeker, String response, Map<String, Integer> levels) {}

    @Override
    public List<Example> read(Path folder, Split split) {
        Map<Pair, Post> posts = new LinkedHashMap<>();
        String firstFile = null;
        for (Map.Entry<String, String> entry : FILES.entrySet()) {
            Path file = Inputs.file(folder, entry.getKey(), "EPITOME");
            String label = entry.getValue();
            Set<Pair> seen = new LinkedHashSet<>();
            for (Inputs.Row row : Inputs.csv(file, COLUMNS)) {
                Pair pair = new Pair(row.get("sp_id").trim(), row.get("rp_id").trim());
                int level = level(row, file);
                seen.add(pair);
                Post post = posts.get(pair);
                if (post == null) {
                    if (firstFile != null) {
                        throw DatasetException.in(file, missingPair(pair, firstFile, row.line()));
                    }
                    post = new Post(row.get("seeker_post"), row.get("response_post"), new LinkedHashMap<>());
                    posts.put(pair, post);
                }
                post.levels().merge(label, level, Math::max);
            }
            if (firstFile != null && seen.size() < posts.size()) {
                Pair absent = posts.keySet().stream()
                        .filter(p -> !seen.contains(p))
                        .findFirst()
                        .orElseThrow();
                throw DatasetException.in(
                        file,
                        "has no row for sp_id " + absent.seekerId() + ", rp_id " + absent.responseId() + ", which "
                                + firstFile + " has; expected the same seeker/response pairs in all three files");
            }
            if (firstFile == null) {
                firstFile = entry.getKey();
            }
        }
        List<Example> examples = new ArrayList<>();
        posts.forEach((pair, post) -> {
            if (!split.includesFold(Split.fold(pair.seekerId()))) {
                return;
            }
            Set<String> gold = new LinkedHashSet<>();
            post.levels().forEach((label, level) -> {
                if (level >= 1) {
                    gold.add(label);
                }
            });
            String id = pair.seekerId() + "/" + pair.responseId();
            examples.add(Example.of(id, id, "responder", post.response(), post.seeker(), gold));
        });
        return examples;
    }

    private static String missingPair(Pair pair, String firstFile, long line) {
        return "record ending on line " + line + " has sp_id " + pair.seekerId() + ", rp_id " + pair.responseId()
                + ", which " + firstFile + " does not; expected the same seeker/response pairs in all three files";
    }

    private static int level(Inputs.Row row, Path file) {
        String value = row.get("level").trim();
        return switch (value) {
            case "0" -> 0;
            case "1" -> 1;
            case "2" -> 2;
            default ->
                throw DatasetException.in(
                        file,
                        "record ending on line " + row.line() + ": expected level 0, 1 or 2, found \"" + value + "\"");
        };
    }

    private static Map<String, String> orderedFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("emotional-reactions-reddit.csv", LabelMapping.EMOTIONAL_REACTION);
        files.put("interpretations-reddit.csv", LabelMapping.INTERPRETATION);
        files.put("explorations-reddit.csv", LabelMapping.EXPLORATION);
        return Collections.unmodifiableMap(files);
    }
}
