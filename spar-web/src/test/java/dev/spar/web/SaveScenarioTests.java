package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** "Save as my scenario" is all or nothing: a save that fails keeps the copy saved before, in the database and file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SaveScenarioTests {
    private static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        dataDir = Files.createTempDirectory("spar-save");
        registry.add("spar.data-dir", dataDir::toString);
    }

    private Http.Response save(String id, String title) {
        return new PageForms(port).submit("/prepare", PageForms.scenario(id, title));
    }

    private String savedTitle(String id) {
        return new Http(port)
                .get("/api/scenarios").json().findParents("id").stream()
                        .filter(s -> s.path("id").asText().equals(id))
                        .findFirst()
                        .map(s -> s.path("title").asText())
                        .orElse("(none)");
    }

    @Test
    void aTitleTooLongForTheDatabaseIsABadRequestAndKeepsTheSavedCopy() throws Exception {
        assertThat(save("kept-long", "The first copy").body()).contains("Saved as your scenario");

        Http.Response r = save("kept-long", "A".repeat(250));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("200 characters or fewer");
        assertThat(r.body()).as("what was typed stays in the form").contains("A".repeat(250));
        assertThat(savedTitle("kept-long")).isEqualTo("The first copy");
        assertThat(Files.readString(dataDir.resolve("scenarios/kept-long.yaml")))
                .contains("The first copy");
    }

    @Test
    void aNulCharacterIsABadRequestAndKeepsTheSavedCopy() {
        assertThat(save("kept-nul", "The first copy").body()).contains("Saved as your scenario");

        Http.Response r = save("kept-nul", "Second\u0000copy");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("NUL");
        assertThat(savedTitle("kept-nul")).isEqualTo("The first copy");
    }

    @Test
    void aWriteTheDatabaseRefusesKeepsTheSavedCopyAndSaysItFailed() throws Exception {
        assertThat(save("kept-refused", "The first copy").body()).contains("Saved as your scenario");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // Stands in for a full disk or a value the database cannot hold: the INSERT after the DELETE fails.
        jdbc.sql("ALTER TABLE user_scenarios ADD CONSTRAINT refuse_for_test CHECK (title <> 'Refused copy')")
                .update();
        try {
            Http.Response r = save("kept-refused", "Refused copy");

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.body()).contains("could not save this").doesNotContain("is kept");
            assertThat(savedTitle("kept-refused")).isEqualTo("The first copy");
            assertThat(Files.readString(dataDir.resolve("scenarios/kept-refused.yaml")))
                    .contains("The first copy");
        } finally {
            jdbc.sql("ALTER TABLE user_scenarios DROP CONSTRAINT refuse_for_test")
                    .update();
        }
    }

    @Test
    void theSavedCopyIsReplacedWhenTheSaveSucceeds() {
        save("replaced", "The first copy");
        assertThat(save("replaced", "The second copy").status()).isEqualTo(200);
        assertThat(savedTitle("replaced")).isEqualTo("The second copy");
        assertThat(Map.of(
                        "file",
                        dataDir.resolve("scenarios/replaced.yaml").toFile().exists()))
                .containsEntry("file", true);
    }
}
