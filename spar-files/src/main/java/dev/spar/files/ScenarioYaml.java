package dev.spar.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.LearnerBrief;
import dev.spar.scenario.Line;
import dev.spar.scenario.Lines;
import dev.spar.scenario.Mood;
import dev.spar.scenario.Need;
import dev.spar.scenario.Persona;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioProblem;
import dev.spar.scenario.ScenarioValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and writes scenario files.
 *
 * <p>Reading is strict: an unknown field, a wrong type or a value out of range is reported with the file,
 * the field and the fix, all problems at once, so an author can correct a file in one pass. A message names
 * the file, the field or the line and column, never a value from the file: it may be shown to other users.
 */
public final class ScenarioYaml {
    /** The largest scenario file Spar reads. */
    public static final int MAX_FILE_CHARS = 512 * 1024;

    /** The longest id a scenario may have: what the server stores ({@code scenario_id VARCHAR(100)}). */
    public static final int MAX_ID_CHARS = 100;

    /** The longest title a scenario may have: what the server stores ({@code scenario_title VARCHAR(200)}). */
    public static final int MAX_TITLE_CHARS = 200;

    /** The longest name a version may have: what the server stores ({@code version_name VARCHAR(100)}). */
    public static final int MAX_VERSION_NAME_CHARS = 100;

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    /** Refuses a field written twice in one mapping; the parser would otherwise keep the second silently. */
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private final ScenarioValidator validator = new ScenarioValidator();

    /**
     * Reads a scenario from YAML text.
     *
     * @param file the file's name, for messages
     * @param text the YAML
     * @throws ScenarioFileException listing every problem, if the file cannot be used
     */
    public Scenario read(String file, String text) {
        if (text.length() > MAX_FILE_CHARS) {
            throw new ScenarioFileException(
                    file,
                    List.of(new ScenarioProblem(
                            "(file)",
                            "is " + text.length() + " characters long.",
                            "keep a scenario under " + MAX_FILE_CHARS + " characters.")));
        }
        JsonNode root;
        try (JsonParser parser = yaml.createParser(text)) {
            root = yaml.readTree(parser);
            // The parser reads the first document only; a second one would be ignored without a word.
            if (parser.nextToken() != null) {
                throw new ScenarioFileException(
                        file,
                        List.of(new ScenarioProblem(
                                "line " + parser.currentTokenLocation().getLineNr(),
                                "starts a second scenario: a file holds more than one YAML document.",
                                "keep one scenario per file: remove the '---' line and what follows, or move it"
                                        + " to a file of its own.")));
            }
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(file, List.of(notYaml(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioFileException(
                    file,
                    List.of(new ScenarioProblem(
                            "(file)",
                            "does not hold a scenario.",
                            "start from 'spar scenario new' or a library file.")));
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        Scenario scenario = new Fields(root, "", problems).scenario();
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(file, problems);
        }
        List<ScenarioProblem> invalid = validator.validate(scenario);
        if (!invalid.isEmpty()) {
            throw new ScenarioFileException(file, invalid);
        }
        return scenario;
    }

    /**
     * Says where the YAML is broken and how, without the parser's quote of the lines around it: the file
     * may not be the author's (a link to a system file), and the message may be shown to every user.
     */
    private static ScenarioProblem notYaml(JsonProcessingException e) {
        String where = e.getLocation() == null
                ? "(file)"
                : "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return new ScenarioProblem(
                    where,
                    "'" + shown(duplicate.group(1)) + "' is written twice in the same section.",
                    "keep one of them: the second would replace the first.");
        }
        String what = e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem()
                : e.getOriginalMessage().lines().findFirst().orElse("");
        return new ScenarioProblem(
                where,
                "is not valid YAML (" + shown(what) + ").",
                "check the indentation and quoting around that line.");
    }

    /**
     * Returns a name or a parser's words as they may be shown in a message: without control characters and
     * at most 60 characters long.
     */
    private static String shown(String text) {
        String plain = text.codePoints()
                .filter(c -> !isControl(c) && c != '\n' && c != '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return plain.length() <= 60 ? plain : plain.substring(0, 59) + "…";
    }

    /** Returns whether a character is a control character other than a line break or a tab. */
    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
    }

    /** Writes a scenario as YAML that {@link #read} reads back to an equal scenario. */
    public String write(Scenario s) {
        ObjectNode root = yaml.createObjectNode();
        root.put("id", s.id());
        root.put("title", s.title());
        root.put("category", s.category().id());
        root.put("situation", s.situation());
        root.put("difficulty", s.difficulty());
        root.put("opener", s.opener().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode learner = root.putObject("learner");
        learner.put("role", s.learner().role());
        learner.put("goal", s.learner().goal());
        ArrayNode points = learner.putArray("keyPoints");
        for (KeyPoint p : s.learner().keyPoints()) {
            ObjectNode n = points.addObject();
            n.put("id", p.id());
            n.put("text", p.text());
            strings(n.putArray("cues"), p.cues());
        }
        strings(learner.putArray("fears"), s.learner().fears());
        ObjectNode persona = root.putObject("persona");
        Persona ps = s.persona();
        persona.put("name", ps.name());
        persona.put("relationship", ps.relationship());
        persona.put("style", ps.style());
        persona.put("history", ps.history());
        mood(persona.putObject("mood"), ps.mood());
        reactions(persona.putArray("triggers"), ps.triggers());
        reactions(persona.putArray("soothers"), ps.soothers());
        ArrayNode needs = persona.putArray("needs");
        for (Need need : ps.needs()) {
            ObjectNode n = needs.addObject();
            n.put("id", need.id());
            n.put("text", need.text());
            strings(n.putArray("metBy"), need.metBy());
        }
        s.decisionMap().ifPresent(m -> {
            ObjectNode map = root.putObject("decisionMap");
            map.put("concern", m.concern());
            strings(map.putArray("knownFacts"), m.knownFacts());
            strings(map.putArray("factsToFind"), m.factsToFind());
            strings(map.putArray("linesNotToCross"), m.linesNotToCross());
            strings(map.putArray("mayOffer"), m.mayOffer());
        });
        if (!s.checklist().isEmpty()) {
            strings(root.putArray("checklist"), s.checklist());
        }
        ObjectNode facts = root.putObject("facts");
        s.facts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> facts.put(e.getKey(), e.getValue()));
        ArrayNode versions = root.putArray("versions");
        for (PersonaVersion v : s.versions()) {
            ObjectNode n = versions.addObject();
            n.put("name", v.name());
            n.put("description", v.description());
            mood(n.putObject("mood"), v.moodShift());
            reactions(n.putArray("extraTriggers"), v.extraTriggers());
            if (!v.extraSoothers().isEmpty()) {
                reactions(n.putArray("extraSoothers"), v.extraSoothers());
            }
            if (v.lines().size() > 0) {
                lines(n.putObject("lines"), v.lines());
            }
        }
        lines(root.putObject("lines"), s.lines());
        try {
            return yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario tree always serialises", e);
        }
    }

    private static void lines(ObjectNode node, Lines all) {
        for (Intent intent : Intent.values()) {
            List<Line> ls = all.forIntent(intent);
            if (ls.isEmpty()) {
                continue;
            }
            ArrayNode arr = node.putArray(intent.id());
            for (Line line : ls) {
                if (line.on().isEmpty()
                        && line.cues().isEmpty()
                        && line.topic().isEmpty()
                        && line.examples().isEmpty()) {
                    arr.add(line.text());
                } else {
                    ObjectNode n = arr.addObject();
                    n.put("text", line.text());
                    if (!line.on().isEmpty()) {
                        strings(n.putArray("on"), line.on());
                    }
                    if (!line.cues().isEmpty()) {
                        strings(n.putArray("cues"), line.cues());
                    }
                    line.topic().ifPresent(topic -> n.put("topic", topic));
                    if (!line.examples().isEmpty()) {
                        strings(n.putArray("examples"), line.examples());
                    }
                }
            }
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void mood(ObjectNode node, Mood mood) {
        node.put("anger", mood.anger());
        node.put("trust", mood.trust());
        node.put("patience", mood.patience());
    }

    private static void reactions(ArrayNode array, List<Reaction> reactions) {
        for (Reaction r : reactions) {
            ObjectNode n = array.addObject();
            n.put("on", r.on());
            n.put("strength", r.strength());
            n.put("note", r.note());
        }
    }

    /** Reads one YAML mapping, remembering its path and every problem on the way. */
    private static final class Fields {
        private final JsonNode node;
        private final String path;
        private final List<ScenarioProblem> problems;

        Fields(JsonNode node, String path, List<ScenarioProblem> problems) {
            this.node = node;
            this.path = path;
            this.problems = problems;
        }

        private String at(String field) {
            String name = shown(field);
            return path.isEmpty() ? name : path + "." + name;
        }

        /** Returns a text value, noting a control character in it (a NUL, an escape that drives a terminal). */
        private String checked(String at, String value) {
            if (value.codePoints().anyMatch(ScenarioYaml::isControl)) {
                problems.add(new ScenarioProblem(
                        at,
                        "holds a control character (such as NUL or an escape sequence).",
                        "remove it: a scenario holds plain text, written out."));
            }
            return value;
        }

        private void allow(String... known) {
            Set<String> allowed = Set.of(known);
            node.fieldNames().forEachRemaining(name -> {
                if (!allowed.contains(name)) {
                    problems.add(new ScenarioProblem(
                            at(name),
                            "is not a field Spar knows here.",
                            "remove it or check its spelling; known fields: "
                                    + Arrays.stream(known).sorted().collect(Collectors.joining(", ")) + "."));
                }
            });
        }

        private Optional<JsonNode> optional(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
        }

        String text(String field) {
            Optional<JsonNode> value = optional(field);
            if (value.isEmpty()) {
                problems.add(new ScenarioProblem(at(field), "is missing.", "add '" + field + ": ...'."));
                return "";
            }
            return scalar(field, value.get());
        }

        String textOr(String field, String otherwise) {
            return optional(field).map(v -> scalar(field, v)).orElse(otherwise);
        }

        private String scalar(String field, JsonNode value) {
            if (!value.isValueNode()) {
                problems.add(new ScenarioProblem(
                        at(field), "should be text.", "write it on one line after '" + field + ":'."));
                return "";
            }
            return checked(at(field), value.asText().strip());
        }

        /** Returns a text field, noting it when it is longer than the server can store. */
        String text(String field, int max) {
            String value = text(field);
            if (value.length() > max) {
                problems.add(new ScenarioProblem(
                        at(field),
                        "is " + value.length() + " characters long.",
                        "keep it to " + max + " characters or fewer."));
            }
            return value;
        }

        int number(String field, int otherwise, boolean required) {
            Optional<JsonNode> value = optional(field);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(new ScenarioProblem(at(field), "is missing.", "add '" + field + ": <whole number>'."));
                }
                return otherwise;
            }
            if (!value.get().canConvertToInt() || !value.get().isIntegralNumber()) {
                problems.add(new ScenarioProblem(at(field), "should be a whole number.", "write a number such as 50."));
                return otherwise;
            }
            return value.get().intValue();
        }

        List<String> strings(String field) {
            Optional<JsonNode> value = optional(field);
            if (value.isEmpty()) {
                return List.of();
            }
            if (!value.get().isArray()) {
                problems.add(new ScenarioProblem(
                        at(field), "should be a list.", "write it as [a, b] or as lines starting with '- '."));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < value.get().size(); i++) {
                JsonNode item = value.get().get(i);
                if (!item.isValueNode()) {
                    problems.add(
                            new ScenarioProblem(at(field) + "[" + i + "]", "should be text.", "write plain text."));
                } else {
                    out.add(checked(at(field) + "[" + i + "]", item.asText().strip()));
                }
            }
            return out;
        }

        <T> List<T> objects(String field, Function<Fields, T> reader) {
            Optional<JsonNode> value = optional(field);
            if (value.isEmpty()) {
                return List.of();
            }
            if (!value.get().isArray()) {
                problems.add(new ScenarioProblem(
                        at(field), "should be a list.", "write each entry on a line starting with '- '."));
                return List.of();
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < value.get().size(); i++) {
                JsonNode item = value.get().get(i);
                String itemPath = at(field) + "[" + i + "]";
                if (!item.isObject()) {
                    problems.add(new ScenarioProblem(
                            itemPath, "should be a mapping of fields.", "see the other entries for the form."));
                    continue;
                }
                out.add(reader.apply(new Fields(item, itemPath, problems)));
            }
            return out;
        }

        Optional<Fields> object(String field, boolean required) {
            Optional<JsonNode> value = optional(field);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(new ScenarioProblem(at(field), "is missing.", "add a '" + field + ":' section."));
                }
                return Optional.empty();
            }
            if (!value.get().isObject()) {
                problems.add(new ScenarioProblem(
                        at(field), "should be a section of fields.", "indent its fields under '" + field + ":'."));
                return Optional.empty();
            }
            return Optional.of(new Fields(value.get(), at(field), problems));
        }

        Scenario scenario() {
            allow(
                    "id",
                    "title",
                    "category",
                    "situation",
                    "difficulty",
                    "opener",
                    "learner",
                    "persona",
                    "decisionMap",
                    "checklist",
                    "facts",
                    "versions",
                    "lines");
            String id = text("id", MAX_ID_CHARS);
            String categoryId = text("category");
            Scenario.Category category = Scenario.Category.byId(categoryId).orElseGet(() -> {
                if (!categoryId.isEmpty()) {
                    problems.add(new ScenarioProblem(
                            at("category"),
                            "is not a library shelf.",
                            "use one of customer-service, workplace, freelance-sales, personal."));
                }
                return Scenario.Category.PERSONAL;
            });
            String openerText = textOr("opener", "counterpart");
            Scenario.Opener opener =
                    switch (openerText) {
                        case "counterpart" -> Scenario.Opener.COUNTERPART;
                        case "learner" -> Scenario.Opener.LEARNER;
                        default -> {
                            problems.add(new ScenarioProblem(
                                    at("opener"), "is not who can open.", "use counterpart or learner."));
                            yield Scenario.Opener.COUNTERPART;
                        }
                    };
            LearnerBrief learner =
                    object("learner", true).map(Fields::learner).orElse(new LearnerBrief("", "", List.of(), List.of()));
            Persona persona = object("persona", true)
                    .map(Fields::persona)
                    .orElse(new Persona("", "", "", "", new Mood(50, 50, 50), List.of(), List.of(), List.of()));
            Optional<DecisionMap> map = object("decisionMap", false).map(Fields::decisionMap);
            Map<String, String> facts =
                    object("facts", false).map(Fields::facts).orElse(Map.of());
            List<PersonaVersion> versions = objects("versions", Fields::version);
            Lines lines = object("lines", true).map(Fields::lines).orElse(Lines.of(Map.of()));
            return new Scenario(
                    id,
                    text("title", MAX_TITLE_CHARS),
                    category,
                    text("situation"),
                    number("difficulty", 3, false),
                    opener,
                    learner,
                    persona,
                    map,
                    strings("checklist"),
                    facts,
                    versions,
                    lines);
        }

        LearnerBrief learner() {
            allow("role", "goal", "keyPoints", "fears");
            return new LearnerBrief(
                    text("role"), text("goal"), objects("keyPoints", Fields::keyPoint), strings("fears"));
        }

        KeyPoint keyPoint() {
            allow("id", "text", "cues");
            return new KeyPoint(text("id"), text("text"), strings("cues"));
        }

        Persona persona() {
            allow("name", "relationship", "style", "history", "mood", "triggers", "soothers", "needs");
            Mood mood = object("mood", true).map(Fields::mood).orElse(new Mood(50, 50, 50));
            return new Persona(
                    text("name"),
                    textOr("relationship", ""),
                    textOr("style", ""),
                    textOr("history", ""),
                    mood,
                    objects("triggers", Fields::reaction),
                    objects("soothers", Fields::reaction),
                    objects("needs", Fields::need));
        }

        Mood mood() {
            allow("anger", "trust", "patience");
            return new Mood(number("anger", 0, false), number("trust", 0, false), number("patience", 0, false));
        }

        Reaction reaction() {
            allow("on", "strength", "note");
            return new Reaction(text("on"), number("strength", 1, false), textOr("note", ""));
        }

        Need need() {
            allow("id", "text", "metBy");
            return new Need(text("id"), text("text"), strings("metBy"));
        }

        DecisionMap decisionMap() {
            allow("concern", "knownFacts", "factsToFind", "linesNotToCross", "mayOffer");
            return new DecisionMap(
                    textOr("concern", ""),
                    strings("knownFacts"),
                    strings("factsToFind"),
                    strings("linesNotToCross"),
                    strings("mayOffer"));
        }

        Map<String, String> facts() {
            Map<String, String> facts = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                if (!e.getKey().matches("[a-z][a-z0-9_]*")) {
                    problems.add(new ScenarioProblem(
                            at(e.getKey()),
                            "is not a usable slot name.",
                            "use lower-case letters and underscores, like order_number."));
                } else if (!e.getValue().isValueNode()) {
                    problems.add(
                            new ScenarioProblem(at(e.getKey()), "should be text.", "write the value on one line."));
                } else {
                    facts.put(e.getKey(), checked(at(e.getKey()), e.getValue().asText()));
                }
            });
            return facts;
        }

        PersonaVersion version() {
            allow("name", "description", "mood", "extraTriggers", "extraSoothers", "lines");
            Mood shift = object("mood", false).map(Fields::mood).orElse(new Mood(0, 0, 0));
            return new PersonaVersion(
                    text("name", MAX_VERSION_NAME_CHARS),
                    textOr("description", ""),
                    shift,
                    objects("extraTriggers", Fields::reaction),
                    objects("extraSoothers", Fields::reaction),
                    object("lines", false).map(Fields::lines).orElse(Lines.of(Map.of())));
        }

        Lines lines() {
            Map<Intent, List<Line>> byIntent = new EnumMap<>(Intent.class);
            node.properties().forEach(e -> {
                Optional<Intent> intent = Intent.byId(e.getKey());
                if (intent.isEmpty()) {
                    problems.add(new ScenarioProblem(
                            at(e.getKey()),
                            "is not an intent Spar knows.",
                            "use one of "
                                    + Arrays.stream(Intent.values())
                                            .map(Intent::id)
                                            .collect(Collectors.joining(", "))
                                    + "."));
                    return;
                }
                if (!e.getValue().isArray()) {
                    problems.add(new ScenarioProblem(
                            at(e.getKey()), "should be a list of lines.", "start each line with '- '."));
                    return;
                }
                List<Line> lines = new ArrayList<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    JsonNode item = e.getValue().get(i);
                    String itemPath = at(e.getKey()) + "[" + i + "]";
                    if (item.isTextual()) {
                        lines.add(Line.of(checked(itemPath, item.asText().strip())));
                    } else if (item.isObject()) {
                        Fields f = new Fields(item, itemPath, problems);
                        f.allow("text", "on", "cues", "topic", "examples");
                        String topic = f.textOr("topic", "");
                        lines.add(new Line(
                                f.text("text"),
                                f.strings("on"),
                                f.strings("cues"),
                                topic.isEmpty() ? Optional.empty() : Optional.of(topic),
                                f.strings("examples")));
                    } else {
                        problems.add(new ScenarioProblem(
                                itemPath, "should be a line of text or {text: ..., on: [...]}.", "quote the line."));
                    }
                }
                byIntent.put(intent.get(), lines);
            });
            return Lines.of(byIntent);
        }
    }
}
