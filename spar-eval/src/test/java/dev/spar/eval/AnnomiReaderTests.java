package dev.spar.eval;

import static dev.spar.eval.TestFiles.client;
import static dev.spar.eval.TestFiles.therapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnomiReaderTests {

    @TempDir
    Path dir;

    private void writeTwoTranscripts() {
        TestFiles.write(
                dir,
                AnnomiReader.FILE,
                TestFiles.ANNOMI_HEADER,
                therapist(4, 0, "Hello, how has the week been?", 0, "n/a", false, "open"),
                client(4, 1, "Busy.", 0),
                client(4, 2, "Mostly the garden, really.", 0),
                therapist(4, 3, "The garden keeps you busy.", 0, "n/a", true, "n/a"),
                therapist(
                        4,
                        4,
                        "Walking helps many people, and there is a group nearby.",
                        0,
                        "information",
                        false,
                        "n/a"),
                client(4, 5, "I might try that.", 0),
                therapist(4, 6, "Would Tuesdays suit you?", 0, "options", false, "closed"),
                therapist(7, 0, "What brings you here?", 1, "n/a", false, "open"),
                client(7, 1, "My sister, \"mostly\".", 1));
    }

    @Test
    void readsTherapistUtterancesWithTheClientRunBeforeThem() {
        writeTwoTranscripts();

        List<Example> examples = new AnnomiReader().read(dir, Split.TEST);

        assertThat(examples).extracting(Example::id).containsExactly("4/0", "4/3", "4/4", "4/6");
        assertThat(examples.get(0).context()).isEmpty();
        assertThat(examples.get(1).context()).isEqualTo("Busy. Mostly the garden, really.");
        assertThat(examples.get(2).context()).isEqualTo("Busy. Mostly the garden, really.");
        assertThat(examples.get(3).context()).isEqualTo("I might try that.");
        assertThat(examples.get(3).conversationId()).isEqualTo("4");
        assertThat(examples.get(3).speaker()).isEqualTo("therapist");
    }

    @Test
    void mapsTheAnnotationColumnsToLabels() {
        writeTwoTranscripts();

        List<Example> examples = new AnnomiReader().read(dir, Split.TEST);

        assertThat(examples.get(0).gold()).containsExactlyInAnyOrder("question", "open-question");
        assertThat(examples.get(1).gold()).containsExactly("reflection");
        assertThat(examples.get(2).gold()).containsExactly("information");
        assertThat(examples.get(3).gold()).containsExactlyInAnyOrder("question", "closed-question", "options");
        assertThat(examples).allSatisfy(e -> assertThat(e.annotations()).isEmpty());
    }

    @Test
    void splitsByTranscriptIdModuloFive() {
        writeTwoTranscripts();

        assertThat(new AnnomiReader().read(dir, Split.DEV)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("7/0");
            assertThat(e.utterance()).isEqualTo("What brings you here?");
        });
        assertThat(new AnnomiReader().read(dir, Split.ALL)).hasSize(5);
    }

    @Test
    void deduplicatesUtterancesAndKeepsEachAnnotatorsLabelsWithTheMajorityAsGold() {
        TestFiles.write(
                dir,
                AnnomiReader.FILE,
                TestFiles.ANNOMI_HEADER,
                client(9, 0, "I keep forgetting the pills.", 0),
                client(9, 0, "I keep forgetting the pills.", 1),
                client(9, 0, "I keep forgetting the pills.", 2),
                therapist(9, 1, "So mornings are hard?", 0, "n/a", true, "closed"),
                therapist(9, 1, "So mornings are hard?", 1, "n/a", true, "n/a"),
                therapist(9, 1, "So mornings are hard?", 2, "n/a", false, "open"));

        List<Example> examples = new AnnomiReader().read(dir, Split.TEST);

        assertThat(examples).singleElement().satisfies(e -> {
            assertThat(e.context()).isEqualTo("I keep forgetting the pills.");
            assertThat(e.gold()).containsExactlyInAnyOrder("question", "reflection");
            assertThat(e.annotations())
                    .containsExactly(
                            Set.of("question", "closed-question", "reflection"),
                            Set.of("reflection"),
                            Set.of("question", "open-question"));
        });
    }
}
