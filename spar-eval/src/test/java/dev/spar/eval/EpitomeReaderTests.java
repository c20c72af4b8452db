package dev.spar.eval;

import static dev.spar.eval.TestFiles.epitome;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpitomeReaderTests {

    @TempDir
    Path dir;

    // Split.fold("abc") == 3 (development) and Split.fold("q2") == 4 (reporting).
    private static final String DEV_POST = "abc";
    private static final String TEST_POST = "q2";

    private void writeFiles() {
        String seeker = "I cannot sleep, any ideas?";
        TestFiles.write(
                dir,
                "emotional-reactions-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome(DEV_POST, "r1", seeker, "That sounds exhausting.", 1),
                epitome(DEV_POST, "r2", seeker, "Try less coffee, maybe?", 0),
                epitome(TEST_POST, "r3", "Lonely tonight.", "Same here, friend.", 2));
        TestFiles.write(
                dir,
                "interpretations-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome(DEV_POST, "r1", seeker, "That sounds exhausting.", 0),
                epitome(DEV_POST, "r2", seeker, "Try less coffee, maybe?", 0),
                epitome(DEV_POST, "r2", seeker, "Try less coffee, maybe?", 2),
                epitome(TEST_POST, "r3", "Lonely tonight.", "Same here, friend.", 0));
        TestFiles.write(
                dir,
                "explorations-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome(TEST_POST, "r3", "Lonely tonight.", "Same here, friend.", 0),
                epitome(DEV_POST, "r1", seeker, "That sounds exhausting.", 0),
                epitome(DEV_POST, "r2", seeker, "Try less coffee, maybe?", 1));
    }

    @Test
    void joinsTheThreeFilesAndCountsLevelOneOrMoreAsTheLabel() {
        writeFiles();

        List<Example> examples = new EpitomeReader().read(dir, Split.ALL);

        assertThat(examples).extracting(Example::id).containsExactly("abc/r1", "abc/r2", "q2/r3");
        assertThat(examples.get(0).gold()).containsExactly("emotional-reaction");
        assertThat(examples.get(0).context()).isEqualTo("I cannot sleep, any ideas?");
        assertThat(examples.get(1).gold()).containsExactlyInAnyOrder("interpretation", "exploration");
        assertThat(examples.get(2).gold()).containsExactly("emotional-reaction");
    }

    @Test
    void splitsBySeekerPostFold() {
        writeFiles();

        assertThat(Split.fold(DEV_POST)).isEqualTo(3);
        assertThat(Split.fold(TEST_POST)).isEqualTo(4);
        assertThat(new EpitomeReader().read(dir, Split.TEST))
                .extracting(Example::id)
                .containsExactly("q2/r3");
        assertThat(new EpitomeReader().read(dir, Split.DEV))
                .extracting(Example::id)
                .containsExactly("abc/r1", "abc/r2");
    }
}
