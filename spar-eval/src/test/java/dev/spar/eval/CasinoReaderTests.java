package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasinoReaderTests {

    @TempDir
    Path dir;

    private static String line(String agent, String text) {
        return "{\"text\": \"" + text + "\", \"task_data\": {}, \"id\": \"mturk_agent_" + agent + "\"}";
    }

    private void writeFiles() {
        TestFiles.write(
                dir,
                CasinoReader.DEV_FILE,
                "[{\"dialogue_id\": 11, \"chat_logs\": ["
                        + line("1", "Hi! Which item matters most to you?") + ","
                        + line("2", "Water, it is hot where I camp.") + ","
                        + line("2", "And you?") + ","
                        + line("1", "I need firewood for the cold nights.") + ","
                        + line("2", "How about I take two water and you take two firewood?") + ","
                        + line("1", "Submit-Deal") + ","
                        + line("2", "Accept-Deal")
                        + "], \"participant_info\": {}, \"annotations\": ["
                        + "[\"Hi! Which item matters most to you?\", \"elicit-pref,small-talk\"],"
                        + "[\"Water, it is hot where I camp.\", \"self-need\"],"
                        + "[\"And you?\", \"elicit-pref\"],"
                        + "[\"I need firewood for the cold nights.\", \"self-need\"],"
                        + "[\"How about two water for me and two firewood for you?\", \"promote-coordination\"]"
                        + "]},"
                        + "{\"dialogue_id\": 12, \"chat_logs\": [" + line("1", "Hello") + "],"
                        + " \"participant_info\": {}, \"annotations\": []}]");
        TestFiles.write(
                dir,
                CasinoReader.TEST_FILE,
                "[{\"dialogue_id\": 40, \"chat_logs\": ["
                        + line("2", "I am sorry to hear about your cold.") + "],"
                        + " \"participant_info\": {}, \"annotations\": ["
                        + "[\"I am sorry to hear about your cold.\", \"showing-empathy\"]]}]");
    }

    @Test
    void readsAnnotatedUtterancesWithTheirLabelsAndTheOtherSpeakersLastRun() {
        writeFiles();

        List<Example> examples = new CasinoReader().read(dir, Split.DEV);

        assertThat(examples).hasSize(5);
        assertThat(examples.get(0).gold()).containsExactlyInAnyOrder("elicit-pref", "small-talk");
        assertThat(examples.get(0).context()).isEmpty();
        assertThat(examples.get(0).speaker()).isEqualTo("mturk_agent_1");
        assertThat(examples.get(1).context()).isEqualTo("Hi! Which item matters most to you?");
        assertThat(examples.get(2).context()).isEqualTo("Hi! Which item matters most to you?");
        assertThat(examples.get(3).context()).isEqualTo("Water, it is hot where I camp. And you?");
        assertThat(examples.get(3).speaker()).isEqualTo("mturk_agent_1");
        assertThat(examples).allSatisfy(e -> assertThat(e.conversationId()).isEqualTo("11"));
    }

    @Test
    void anAnnotationMissingFromTheChatLogTakesTurnsAsAlternating() {
        writeFiles();

        Example edited = new CasinoReader().read(dir, Split.DEV).get(4);

        assertThat(edited.gold()).containsExactly("promote-coordination");
        assertThat(edited.speaker()).isEqualTo("mturk_agent_2");
        assertThat(edited.context()).isEqualTo("I need firewood for the cold nights.");
    }

    @Test
    void testSplitIsTheValidFile() {
        writeFiles();

        assertThat(new CasinoReader().read(dir, Split.TEST)).singleElement().satisfies(e -> assertThat(e.gold())
                .containsExactly("showing-empathy"));
        assertThat(new CasinoReader().read(dir, Split.ALL)).hasSize(6);
    }
}
