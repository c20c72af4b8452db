package dev.spar.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTests {
    @TempDir
    Path folder;

    private static SavedRun run(String id, String scenario, Instant at) {
        return new SavedRun(id, scenario, "Title " + scenario, 7, 3, "resolved", 80, 5, at, "{\"scenario\":\"x\"}");
    }

    @Test
    void keepsRunsAcrossReopeningNewestFirst() {
        RunStore store = RunStore.open(folder);
        store.save(run("a", "angry-delay", Instant.parse("2026-01-01T10:00:00Z")));
        store.save(run("b", "angry-delay", Instant.parse("2026-01-02T10:00:00Z")));
        store.save(run("c", "raise-request", Instant.parse("2026-01-03T10:00:00Z")));

        RunStore reopened = RunStore.open(folder);

        assertThat(reopened.list(Optional.empty())).extracting(SavedRun::id).containsExactly("c", "b", "a");
        assertThat(reopened.list(Optional.of("angry-delay")))
                .extracting(SavedRun::id)
                .containsExactly("b", "a");
        assertThat(reopened.find("a")).get().isEqualTo(run("a", "angry-delay", Instant.parse("2026-01-01T10:00:00Z")));
        assertThat(reopened.find("nope")).isEmpty();
    }
}
