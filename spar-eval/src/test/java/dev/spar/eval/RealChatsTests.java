package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealChatsTests {
    private static final String HEADER = "ctx_src,ctx_tgt,res_src,res_tgt,correctness,templated,engagement,"
            + "understanding,sensibleness,politeness,iq\n";

    @TempDir
    Path folder;

    /** Two dialogues written for this test: the tags on the texts are wrong on purpose, as in the real file. */
    private void write() throws IOException {
        Files.writeString(
                folder.resolve(RealChats.FILE),
                HEADER
                        + row(
                                "<speaker2>Mein Paket fehlt",
                                "<speaker2>My parcel is missing",
                                "<speaker2>Hello, how can I help?",
                                "1",
                                "1",
                                "1",
                                "5")
                        + row(
                                "<speaker1>Hello, how can I help?",
                                "<speaker1>Hello, how can I help?",
                                "<speaker2>It never came!",
                                "",
                                "",
                                "",
                                "")
                        + row(
                                "<speaker2>It never came!",
                                "<speaker2>It never came!",
                                "<speaker2>Calm down, there's no issue.",
                                "0",
                                "0",
                                "0",
                                "1")
                        + row(
                                "<speaker2>Wo ist mein Geld",
                                "<speaker2>Where is my refund",
                                "<speaker2>I have sent it today.",
                                "1",
                                "1",
                                "1",
                                "4"));
    }

    private static String row(
            String ctxSrc,
            String ctx,
            String res,
            String engagement,
            String understanding,
            String politeness,
            String iq) {
        return "\"" + ctxSrc + "\",\"" + ctx + "\",\"x\",\"" + res + "\",2,0," + engagement + "," + understanding
                + ",1," + politeness + "," + iq + "\n";
    }

    @Test
    void readsTheAgentTurnsOfEachDialogueWithTheCustomerBeforeThem() throws IOException {
        write();
        List<String> heard = new ArrayList<>();

        RealChats.Report report = RealChats.run(folder, () -> new RealChats.Conversation() {
            @Override
            public void customer(String text) {
                heard.add("customer: " + text);
            }

            @Override
            public Set<String> agent(String text) {
                heard.add("agent: " + text);
                return text.startsWith("Calm down") ? Set.of("dismissal") : Set.of();
            }
        });

        assertThat(report.turns()).isEqualTo(3);
        assertThat(heard)
                .containsExactly(
                        "customer: My parcel is missing",
                        "agent: Hello, how can I help?",
                        "customer: It never came!",
                        "agent: Calm down, there's no issue.",
                        "customer: Where is my refund",
                        "agent: I have sent it today.");
        assertThat(report.toJson())
                .contains("\"rating\" : \"politeness\"", "\"poor_turns\" : 1", "\"poor_flagged\" : 1");
        assertThat(report.toText(false)).contains("impolite (politeness 0)", "dismissal 1");
    }

    @Test
    void aFolderWithoutTheFileSaysWhatItExpected() {
        assertThatThrownBy(() -> RealChats.run(folder.resolve("nowhere"), RealChats.habits((t, c) -> null)))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(RealChats.FILE);
    }
}
