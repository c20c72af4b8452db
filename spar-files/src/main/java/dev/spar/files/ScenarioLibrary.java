package dev.spar.files;

import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The scenarios a learner can pick: the bundled library plus the learner's own files, which may add to
 * it or replace a bundled scenario by using its id.
 *
 * <p>A file of the learner's that cannot be used is reported, never hiding the rest, by its name in the
 * folder and never with its content: the server shows these messages to every user. Only regular files are
 * opened (a pipe named {@code *.yaml} would wait for a writer forever), and a link is followed only to a
 * file inside the folder.
 */
public final class ScenarioLibrary {
    private static final String BUNDLED = "scenarios/";

    private final Map<String, Scenario> byId;
    private final List<ScenarioFileException> broken;

    private ScenarioLibrary(Map<String, Scenario> byId, List<ScenarioFileException> broken) {
        this.byId = byId;
        this.broken = List.copyOf(broken);
    }

    /** A learner's scenario file that is in use, by its name. */
    public record OwnFile(String name, Scenario scenario) {}

    /**
     * What reading the learner's files gave: the files in use and those refused, each with its problems.
     * Of two files with one id the first (in name order, for a folder) is used and the other refused.
     */
    public record Reading(List<OwnFile> used, List<ScenarioFileException> refused) {
        /** Copies the lists. */
        public Reading {
            used = List.copyOf(used);
            refused = List.copyOf(refused);
        }
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
        Reading own = ownFolder.map(ScenarioLibrary::readFolder).orElse(new Reading(List.of(), List.of()));
        own.used().forEach(f -> byId.put(f.scenario().id(), f.scenario()));
        return new ScenarioLibrary(byId, own.refused());
    }

    /**
     * Reads the YAML files in a folder as the library does, naming each by its name in the folder; a
     * missing folder holds nothing.
     */
    public static Reading readFolder(Path folder) {
        if (!Files.exists(folder)) {
            return new Reading(List.of(), List.of());
        }
        String name = String.valueOf(folder.getFileName());
        if (!Files.isDirectory(folder)) {
            return new Reading(
                    List.of(),
                    List.of(refusal(
                            name,
                            "(folder)",
                            "is not a folder.",
                            "move it away: Spar keeps your" + " scenario files in a folder of that name.")));
        }
        List<Path> files;
        Path inside;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(ScenarioLibrary::isYaml)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            inside = folder.toRealPath();
        } catch (IOException e) {
            return new Reading(
                    List.of(),
                    List.of(refusal(
                            name,
                            "(folder)",
                            "cannot be read (" + FileFailure.reason(e) + ").",
                            "check its permissions.")));
        }
        return read(files, file -> file.getFileName().toString(), Optional.of(inside));
    }

    /** Reads scenario files as the library does, naming each as given. */
    public static Reading readFiles(List<Path> files) {
        return read(files, Path::toString, Optional.empty());
    }

    /** Reads one scenario file, named as given. */
    public static Scenario readFile(Path file) {
        return readFile(file, file.toString(), Optional.empty());
    }

    private static Reading read(List<Path> files, Function<Path, String> nameOf, Optional<Path> inside) {
        List<OwnFile> used = new ArrayList<>();
        List<ScenarioFileException> refused = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String name = nameOf.apply(file);
            try {
                Scenario s = readFile(file, name, inside);
                String first = fileById.putIfAbsent(s.id(), name);
                if (first == null) {
                    used.add(new OwnFile(name, s));
                } else {
                    refused.add(refusal(
                            name,
                            "id",
                            "'" + s.id() + "' is also the id of " + first + ", which is used instead.",
                            "give one of them an id of its own."));
                }
            } catch (ScenarioFileException e) {
                refused.add(e);
            }
        }
        return new Reading(used, refused);
    }

    /**
     * Reads one file if it is a regular file (inside {@code inside}, when given, after following links).
     *
     * @param name the file's name in messages
     */
    private static Scenario readFile(Path file, String name, Optional<Path> inside) {
        String text;
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                if (inside.isPresent() && !file.toRealPath().startsWith(inside.get())) {
                    throw refusal(
                            name,
                            "(file)",
                            "is a link to a file outside the scenarios folder, so it was skipped.",
                            "copy the file into the folder instead.");
                }
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            }
            if (!attributes.isRegularFile()) {
                throw refusal(
                        name,
                        "(file)",
                        attributes.isDirectory()
                                ? "is a folder, so it was skipped."
                                : "is not a regular file (a pipe, a device or a socket), so it was skipped.",
                        "keep only scenario files with names ending in .yaml here.");
            }
            if (attributes.size() > ScenarioYaml.MAX_FILE_CHARS * 4L) {
                throw refusal(name, "(file)", "is too large to be a scenario.", "check you chose the right file.");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw refusal(name, "(file)", "is not UTF-8 text.", "save it as UTF-8 in your editor.");
        } catch (IOException e) {
            throw refusal(
                    name,
                    "(file)",
                    "cannot be read (" + FileFailure.reason(e) + ").",
                    "check the path and permissions.");
        }
        return new ScenarioYaml().read(name, text);
    }

    private static ScenarioFileException refusal(String name, String field, String problem, String fix) {
        return new ScenarioFileException(name, List.of(new ScenarioProblem(field, problem, fix)));
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

    /** Returns the learner's files that could not be used, with their problems. */
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
