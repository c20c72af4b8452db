package dev.spar.web.practice;

import dev.spar.files.ScenarioFileException;
import dev.spar.files.ScenarioLibrary;
import dev.spar.files.ScenarioYaml;
import dev.spar.scenario.Scenario;
import dev.spar.web.SparSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scenarios a user can practise: the library (bundled plus the files in the data folder's
 * {@code scenarios}) and the scenarios this user wrote or adapted in the browser, which are theirs alone.
 */
@Component
public class ScenarioCatalog {
    private final ScenarioLibrary library;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ScenarioYaml yaml = new ScenarioYaml();
    /** The library's scenarios as YAML, written once each: the library does not change while the server runs. */
    private final Map<String, String> libraryYaml = new ConcurrentHashMap<>();

    /** The longest scenario id and title the database holds. */
    static final int MAX_ID = dev.spar.files.ScenarioYaml.MAX_ID_CHARS;

    static final int MAX_TITLE = dev.spar.files.ScenarioYaml.MAX_TITLE_CHARS;

    private final Optional<Path> folder;

    ScenarioCatalog(
            ScenarioLibrary library,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            SparSettings settings) {
        this.library = library;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.folder = settings.accounts()
                ? Optional.empty()
                : Optional.of(settings.dataDir().resolve("scenarios"));
    }

    /** A scenario on a user's shelf, and whether the user wrote it. */
    public record Entry(Scenario scenario, boolean own) {}

    /** Returns the library and the user's own scenarios; an own scenario replaces a library one of its id. */
    public List<Entry> all(String owner) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        library.all().forEach(s -> byId.put(s.id(), new Entry(s, false)));
        own(owner).forEach(s -> byId.put(s.id(), new Entry(s, true)));
        List<Entry> entries = new ArrayList<>(byId.values());
        entries.sort(Comparator.comparing((Entry e) -> e.scenario().category().ordinal())
                .thenComparing(e -> e.scenario().title()));
        return entries;
    }

    /** Returns the scenario with this id on the user's shelf. */
    public Optional<Scenario> find(String owner, String id) {
        Optional<Scenario> own = jdbc.sql("SELECT yaml FROM user_scenarios WHERE owner = ? AND id = ?")
                .params(owner, id)
                .query(String.class)
                .optional()
                .map(text -> yaml.read(id + ".yaml", text));
        return own.or(() -> library.find(id));
    }

    /**
     * Saves (or replaces) one of the user's scenarios; returns it as YAML. In single-user mode it is also
     * written to the data folder's {@code scenarios}, where the command line finds it.
     */
    public String save(String owner, Scenario scenario) {
        String text = yaml.write(scenario);
        yaml.read(scenario.id() + ".yaml", text);
        checkFits(scenario, text);
        Instant now = clock.instant();
        // All or nothing: a write the database refuses leaves the copy saved before as it was.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM user_scenarios WHERE owner = ? AND id = ?")
                    .params(owner, scenario.id())
                    .update();
            jdbc.sql("INSERT INTO user_scenarios (owner, id, title, yaml, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(owner, scenario.id(), scenario.title(), text, SessionRepository.at(now))
                    .update();
        });
        folder.ifPresent(dir -> write(dir.resolve(scenario.id() + ".yaml"), text));
        return text;
    }

    /**
     * Checks that a scenario fits the columns that hold it, before anything is written.
     *
     * @throws IllegalArgumentException if it does not, saying what to shorten
     */
    static void checkFits(Scenario scenario, String text) {
        if (scenario.id().length() > MAX_ID) {
            throw new IllegalArgumentException("Keep the scenario's id to " + MAX_ID + " characters or fewer; it has "
                    + scenario.id().length() + ".");
        }
        if (scenario.title().length() > MAX_TITLE) {
            throw new IllegalArgumentException("Keep the title to " + MAX_TITLE + " characters or fewer; it has "
                    + scenario.title().length() + ".");
        }
        if (text.indexOf('\0') >= 0 || scenario.title().indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A field holds a NUL character (\\0); remove it and save again.");
        }
    }

    /** Returns where a saved scenario's file is, in single-user mode. */
    public Optional<Path> file(String id) {
        return folder.map(dir -> dir.resolve(id + ".yaml"));
    }

    /** Deletes one of the user's scenarios (and its file in single-user mode); returns whether there was one. */
    public boolean delete(String owner, String id) {
        file(id).ifPresent(f -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + f, e);
            }
        });
        return jdbc.sql("DELETE FROM user_scenarios WHERE owner = ? AND id = ?")
                        .params(owner, id)
                        .update()
                > 0;
    }

    /** Deletes all of the user's scenarios; returns how many. */
    public int deleteAll(String owner) {
        return jdbc.sql("DELETE FROM user_scenarios WHERE owner = ?")
                .param(owner)
                .update();
    }

    /** Returns the scenario files in the data folder that could not be read. */
    public List<ScenarioFileException> broken() {
        return library.broken();
    }

    /** Returns a scenario as YAML. */
    public String yaml(Scenario scenario) {
        if (library.find(scenario.id()).filter(s -> s == scenario).isPresent()) {
            return libraryYaml.computeIfAbsent(scenario.id(), id -> yaml.write(scenario));
        }
        return yaml.write(scenario);
    }

    /** Reads a scenario kept as YAML. */
    public Scenario read(String name, String text) {
        return yaml.read(name, text);
    }

    /** Writes a file whole under another name, then renames it: a crash leaves the old file or the new one. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".new");
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private List<Scenario> own(String owner) {
        return jdbc
                .sql("SELECT id, yaml FROM user_scenarios WHERE owner = ? ORDER BY id")
                .param(owner)
                .query((r, n) -> {
                    try {
                        return Optional.of(yaml.read(r.getString(1) + ".yaml", r.getString(2)));
                    } catch (ScenarioFileException e) {
                        return Optional.<Scenario>empty();
                    }
                })
                .list()
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }
}
