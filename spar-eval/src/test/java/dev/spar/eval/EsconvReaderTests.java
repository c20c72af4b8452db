package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsconvReaderTests {

    @TempDir
    Path dir;

    private static String dialogue(String turns) {
        return "{\"emotion_type\": \"anxiety\", \"situation\": \"made up\", \"dialog\": [" + turns + "]}";
    }

    private void writeFiles() {
        TestFiles.write(
                dir,
                EsconvReader.DEV_FILE,
                dialogue(
                        "{\"text\": \"Hi there, what is on your mind?\", \"speaker\": \"sys\", \"strategy\": \"Question\"},"
                                + "{\"text\": \"Exams.\", \"speaker\": \"usr\"},"
                                + "{\"text\": \"They start Monday.\", \"speaker\": \"usr\"},"
                                + "{\"text\": \"So the exams are close.\", \"speaker\": \"sys\","
                                + " \"strategy\": \"Restatement or Paraphrasing\"},"
                                + "{\"text\": \"You could plan short breaks.\", \"speaker\": \"sys\","
                                + " \"strategy\": \"Providing Suggestions\"}"),
                "",
                dialogue("{\"text\": \"Hello.\", \"speaker\": \"usr\"},"
                        + "{\"text\": \"Hello!\", \"speaker\": \"sys\", \"strategy\": \"Others\"}"));
        TestFiles.write(
                dir,
                EsconvReader.TEST_FILE,
                dialogue(
                        "{\"text\": \"I lost my job.\", \"speaker\": \"usr\"},"
                                + "{\"text\": \"That sounds really hard.\", \"speaker\": \"sys\","
                                + " \"strategy\": \"Reflection of feelings\"},"
                                + "{\"text\": \"No strategy here.\", \"speaker\": \"sys\"},"
                                + "{\"text\": \"I went through that too.\", \"speaker\": \"sys\", \"strategy\": \"Self-disclosure\"}"));
    }

    @Test
    void readsSupporterTurnsWithTheirStrategyAndTheSeekersLastRun() {
        writeFiles();

        List<Example> examples = new EsconvReader().read(dir, Split.DEV);

        assertThat(examples).hasSize(4);
        assertThat(examples.get(0).gold()).containsExactly("question");
        assertThat(examples.get(0).context()).isEmpty();
        assertThat(examples.get(1).gold()).containsExactly("paraphrase");
        assertThat(examples.get(1).context()).isEqualTo("Exams. They start Monday.");
        assertThat(examples.get(2).gold()).containsExactly("suggestion");
        assertThat(examples.get(2).context()).isEqualTo("Exams. They start Monday.");
        assertThat(examples.get(3).gold()).containsExactly("others");
        assertThat(examples.get(3).conversationId()).isEqualTo("train:3");
        assertThat(examples.get(0).conversationId()).isEqualTo("train:1");
    }

    @Test
    void testSplitIsTheValidFileAndSkipsTurnsWithoutStrategy() {
        writeFiles();

        List<Example> examples = new EsconvReader().read(dir, Split.TEST);

        assertThat(examples)
                .extracting(Example::utterance)
                .containsExactly("That sounds really hard.", "I went through that too.");
        assertThat(examples.get(0).gold()).containsExactly("reflection-of-feelings");
        assertThat(examples.get(1).gold()).containsExactly("self-disclosure");
        assertThat(examples.get(1).context()).isEqualTo("I lost my job.");
        assertThat(new EsconvReader().read(dir, Split.ALL)).hasSize(6);
    }

    @Test
    void namesStrategiesInTheMappingsVocabulary() {
        assertThat(EsconvReader.label("Affirmation and Reassurance")).isEqualTo("affirmation");
        assertThat(EsconvReader.label("Information")).isEqualTo("information");
        assertThat(EsconvReader.label("Direct Guidance")).isEqualTo("direct-guidance");
    }
}
