package dev.spar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.files.ScenarioLibrary;
import dev.spar.files.ScenarioYaml;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The project's own evaluation sets, bundled as resources: responsiveness probes and critique lines, each in a
 * development and a test file, and the scenarios written for the probes alone.
 *
 * <p>The files are read strictly: an unknown field, kind, intent or category is an error naming the item, so a
 * typo cannot silently drop an expectation.
 */
public final class EvalSets {

    private static final String PROBES = "responsiveness/probes-%s.yaml";
    private static final String LINES = "critique/lines-%s.yaml";
    private static final String SCENARIOS = "responsiveness/scenarios/";
    private static final int DEFAULT_DIFFICULTY = 3;
    /** The development files added after the first sets, by what they were written to cover. */
    private static final List<String> LATER_DEV_FILES = List.of(
            "content",
            "phrases",
            "answers",
            "more",
            "kinds",
            "voices",
            "offers",
            "questions",
            "blind",
            "blind2",
            "blind3",
            "blind4",
            "blind5",
            "blind6",
            "blind7",
            "blind8",
            "blind9",
            "trial12",
            "talk12",
            "blind10",
            "crit13",
            "talk13");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private EvalSets() {}

    /** Returns the scenarios probes and items may name: the bundled library and the probes' own scenarios. */
    public static Function<String, Optional<Scenario>> scenarios() {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        Map<String, Scenario> own = new LinkedHashMap<>();
        ScenarioYaml yaml = new ScenarioYaml();
        for (String name : resource(SCENARIOS + "index.txt").lines().toList()) {
            if (!name.isBlank() && !name.startsWith("#")) {
                Scenario s = yaml.read(name.strip(), resource(SCENARIOS + name.strip()));
                own.put(s.id(), s);
            }
        }
        return id -> Optional.ofNullable(own.get(id)).or(() -> library.find(id));
    }

    /** Returns the responsiveness probes of a split, in file order. */
    public static List<Probe> probes(Split split) {
        return probes(files(PROBES, split));
    }

    /**
     * Returns the responsiveness probes of one development file ({@code probes-dev-NAME.yaml}), to score a round
     * written blind on its own, before anything is tuned on it.
     */
    public static List<Probe> probes(String devFile) {
        return probes(List.of(devFile(PROBES, devFile)));
    }

    private static List<Probe> probes(List<String> files) {
        List<Probe> probes = new ArrayList<>();
        for (String file : files) {
            Node root = Node.root(file, resource(file));
            root.only("probes");
            root.list("probes").forEach(n -> probes.add(probe(n)));
        }
        unique(probes.stream().map(Probe::id).toList());
        return probes;
    }

    /** Returns the critique items of a split, in file order. */
    public static List<CritiqueItem> critiqueLines(Split split) {
        return critiqueLines(files(LINES, split));
    }

    /** Returns the critique items of one development file ({@code lines-dev-NAME.yaml}), as {@link #probes(String)}. */
    public static List<CritiqueItem> critiqueLines(String devFile) {
        return critiqueLines(List.of(devFile(LINES, devFile)));
    }

    private static List<CritiqueItem> critiqueLines(List<String> files) {
        List<CritiqueItem> items = new ArrayList<>();
        for (String file : files) {
            Node root = Node.root(file, resource(file));
            root.only("lines");
            root.list("lines").forEach(n -> items.add(item(n)));
        }
        unique(items.stream().map(CritiqueItem::id).toList());
        return items;
    }

    private static Probe probe(Node n) {
        n.only("id", "scenario", "seed", "version", "difficulty", "context", "line", "kind", "expect");
        Node e = n.child("expect");
        e.only(
                "mustContainAny",
                "mustNotContainAny",
                "mustMentionAny",
                "angerMustNotFall",
                "angerMustRise",
                "patienceMustFall",
                "trustMustNotRise",
                "intentIn",
                "intentNot");
        String kind = n.text("kind");
        return new Probe(
                n.text("id"),
                n.text("scenario"),
                n.number("seed"),
                n.optionalText("version"),
                (int) n.optionalNumber("difficulty", DEFAULT_DIFFICULTY),
                context(n),
                n.text("line"),
                ProbeKind.byId(kind).orElseThrow(() -> n.error("unknown kind '" + kind + "'")),
                new Expectations(
                        e.texts("mustContainAny"),
                        e.texts("mustNotContainAny"),
                        e.texts("mustMentionAny"),
                        e.flag("angerMustNotFall"),
                        e.flag("angerMustRise"),
                        e.flag("patienceMustFall"),
                        e.flag("trustMustNotRise"),
                        intents(e, "intentIn"),
                        intents(e, "intentNot")));
    }

    /** Reads a context: text is a learner line, {@code {them: ...}} the other person's, {@code {you: ...}} the learner's. */
    private static List<ContextLine> context(Node n) {
        List<ContextLine> context = new ArrayList<>();
        for (Node c : n.list("context")) {
            if (c.json.isTextual()) {
                context.add(new ContextLine(Speaker.LEARNER, c.json.asText()));
            } else {
                c.only("you", "them");
                context.add(
                        c.json.has("them")
                                ? new ContextLine(Speaker.COUNTERPART, c.text("them"))
                                : new ContextLine(Speaker.LEARNER, c.text("you")));
            }
        }
        return context;
    }

    private static CritiqueItem item(Node n) {
        n.only("id", "scenario", "seed", "difficulty", "context", "line", "flags", "notFlags");
        List<ContextLine> context = context(n);
        List<String> flags = n.texts("flags");
        List<String> notFlags = n.texts("notFlags");
        for (String id : flags) {
            if (!FlagIds.isProblem(id)) {
                throw n.error("'" + id + "' is not a problem category");
            }
        }
        for (String id : notFlags) {
            if (!FlagIds.isConversationLevel(id)) {
                throw n.error("notFlags takes conversation-level categories only, not '" + id + "'");
            }
        }
        return new CritiqueItem(
                n.text("id"),
                n.text("scenario"),
                n.number("seed"),
                (int) n.optionalNumber("difficulty", DEFAULT_DIFFICULTY),
                context,
                n.text("line"),
                new LinkedHashSet<>(flags),
                new LinkedHashSet<>(notFlags));
    }

    private static Set<Intent> intents(Node n, String field) {
        Set<Intent> intents = new HashSet<>();
        for (String id : n.texts(field)) {
            intents.add(Intent.byId(id).orElseThrow(() -> n.error("unknown intent '" + id + "' in " + field)));
        }
        return intents;
    }

    /**
     * Returns a split's files: the set written before the content reading, then the development lines written
     * later, each in its own file ({@code lines-dev-content.yaml}...) so they can be told apart. Only the
     * development split grows: the test files stay as they were first written.
     */
    private static List<String> files(String pattern, Split split) {
        List<String> dev = new ArrayList<>();
        dev.add(pattern.formatted("dev"));
        for (String more : LATER_DEV_FILES) {
            String name = pattern.formatted("dev-" + more);
            if (EvalSets.class.getClassLoader().getResource(name) != null) {
                dev.add(name);
            }
        }
        return switch (split) {
            case DEV -> dev;
            case TEST -> List.of(pattern.formatted("test"));
            case HOLDOUT -> {
                String holdout = pattern.formatted("holdout");
                if (EvalSets.class.getClassLoader().getResource(holdout) == null) {
                    throw new IllegalArgumentException("there is no held-out set " + holdout);
                }
                yield List.of(holdout);
            }
            case ALL -> {
                List<String> all = new ArrayList<>(dev);
                all.add(pattern.formatted("test"));
                String holdout = pattern.formatted("holdout");
                if (EvalSets.class.getClassLoader().getResource(holdout) != null) {
                    all.add(holdout);
                }
                yield all;
            }
        };
    }

    /** The resource of one named development file; an unknown name is an error listing the names there are. */
    private static String devFile(String pattern, String name) {
        String file = pattern.formatted("dev-" + name);
        if (!LATER_DEV_FILES.contains(name) || EvalSets.class.getClassLoader().getResource(file) == null) {
            List<String> known = LATER_DEV_FILES.stream()
                    .filter(n -> EvalSets.class.getClassLoader().getResource(pattern.formatted("dev-" + n)) != null)
                    .toList();
            throw new IllegalArgumentException("there is no development file '" + name + "'; there are " + known);
        }
        return file;
    }

    private static void unique(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalStateException("id '" + id + "' is used twice");
            }
        }
    }

    /** Returns a text file of the class path (a set of Spar's own), read as UTF-8. */
    static String resource(String name) {
        try (InputStream in = EvalSets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML node with the file and item it came from, for messages. */
    private record Node(String where, JsonNode json) {
        static Node root(String file, String text) {
            try {
                return new Node(file, YAML.readTree(text));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(file + " is not valid YAML: " + e.getOriginalMessage(), e);
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(where + ": " + message);
        }

        void only(String... fields) {
            Set<String> allowed = Set.of(fields);
            json.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    throw error("unknown field '" + f + "'");
                }
            });
        }

        Node child(String field) {
            JsonNode c = json.get(field);
            if (c == null || !c.isObject()) {
                throw error("'" + field + "' must be a map");
            }
            return new Node(where + "." + field, c);
        }

        List<Node> list(String field) {
            JsonNode c = json.get(field);
            if (c == null || c.isNull()) {
                return List.of();
            }
            if (!c.isArray()) {
                throw error("'" + field + "' must be a list");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                JsonNode item = c.get(i);
                String id = item.has("id") ? item.get("id").asText() : String.valueOf(i);
                nodes.add(new Node(where + " " + field + "[" + id + "]", item));
            }
            return nodes;
        }

        String text(String field) {
            JsonNode c = json.get(field);
            if (c == null || !c.isValueNode() || c.asText().isBlank()) {
                throw error("'" + field + "' is missing");
            }
            return c.asText();
        }

        Optional<String> optionalText(String field) {
            return json.has(field) ? Optional.of(text(field)) : Optional.empty();
        }

        long number(String field) {
            JsonNode c = json.get(field);
            if (c == null || !c.canConvertToLong()) {
                throw error("'" + field + "' must be a whole number");
            }
            return c.asLong();
        }

        long optionalNumber(String field, long otherwise) {
            return json.has(field) ? number(field) : otherwise;
        }

        boolean flag(String field) {
            JsonNode c = json.get(field);
            if (c != null && !c.isBoolean()) {
                throw error("'" + field + "' must be true or false");
            }
            return c != null && c.asBoolean();
        }

        List<String> texts(String field) {
            return list(field).stream()
                    .map(n -> {
                        if (!n.json.isValueNode()) {
                            throw n.error("must be text");
                        }
                        return n.json.asText();
                    })
                    .toList();
        }
    }
}
