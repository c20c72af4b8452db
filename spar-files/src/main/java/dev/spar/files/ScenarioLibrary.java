package dev.spar.files;

import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenarios a learner can pick: the bundled library plus the learner's own files, which may add to
 * it or replace a bundled scenario by using its id.
 */
public final class ScenarioLibrary {
    private static final String BUNDLED = "scenarios/";

    private final Map<String, Scenario> byId;
    private final List<ScenarioFileException> broken;

    private ScenarioLibrary(Map<String, Scenario> byId, List<ScenarioFileException> broken) {
        this.byId = byId;
        this.broken = List.copyOf(broken);
    }

    /** Loads the bundled library only. */
    public static ScenarioLibrary bundled() {
        return load(Optional.empty());
    }

    /**
     * Loads the bundled library and the YAML files in a folder of the learner's own; a broken own file is
     * skipped and reported by {@link #broken()}, never hiding the rest.
     */
    public static ScenarioLibrary load(Optional<Path> ownFolder) {
        ScenarioYaml yaml = new ScenarioYaml();
        Map<String, Scenario> byId = new LinkedHashMap<>();
        for (String name : bundledNames()) {
            Scenario s = yaml.read(name, resource(BUNDLED + name));
            byId.put(s.id(), s);
        }
        List<ScenarioFileException> broken = new ArrayList<>();
        if (ownFolder.isPresent() && Files.isDirectory(ownFolder.get())) {
            try (Stream<Path> files = Files.list(ownFolder.get())) {
                for (Path file : files.filter(ScenarioLibrary::isYaml).sorted().toList()) {
                    try {
                        Scenario s = readFile(file);
                        byId.put(s.id(), s);
                    } catch (ScenarioFileException e) {
                        broken.add(e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + ownFolder.get(), e);
            }
        }
        return new ScenarioLibrary(byId, broken);
    }

    /** Reads one scenario file. */
    public static Scenario readFile(Path file) {
        String text;
        try {
            if (Files.size(file) > ScenarioYaml.MAX_FILE_CHARS * 4L) {
                throw new ScenarioFileException(
                        file.toString(),
                        List.of(new ScenarioProblem(
                                "(file)", "is too large to be a scenario.", "check you chose the right file.")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioFileException(
                    file.toString(),
                    List.of(new ScenarioProblem(
                            "(file)", "cannot be read (" + e.getMessage() + ").", "check the path and permissions.")));
        }
        return new ScenarioYaml().read(file.toString(), text);
    }

    /** Returns whether a path names a YAML file. */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Returns the scenario with this id. */
    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns every scenario, by shelf and then title. */
    public List<Scenario> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((Scenario s) -> s.category().ordinal())
                        .thenComparing(Scenario::title))
                .toList();
    }

    /** Returns the learner's files that could not be read, with their problems. */
    public List<ScenarioFileException> broken() {
        return broken;
    }

    private static List<String> bundledNames() {
        return resource(BUNDLED + "index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled library is missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
