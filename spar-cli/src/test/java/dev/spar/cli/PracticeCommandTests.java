package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeCommandTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> POOR = List.of(
            "Our policy is 30 days, there is nothing I can do.",
            "Calm down, it is not a big deal.",
            "I guarantee you will get a refund today.",
            "You should have read the terms before buying.");
    private static final List<String> SKILLED = List.of(
            "I'm sorry this laptop has let you down, and losing work days to crashes is a real problem.",
            "So the main issue is the crashes since last week, and you need it working for your job, is that right?",
            "Can you walk me through when the crashes started and what you have tried?",
            "A full refund past 30 days needs a review that I can't approve myself, but I can book a warranty"
                    + " repair today.",
            "I will email you by 3pm today with the pickup time and open the refund review in parallel.",
            "Does that cover everything, or is there something I have missed?");

    @TempDir
    Path home;

    private Path lines(List<String> lines) throws IOException {
        Path file = Files.createTempFile(home, "lines", ".txt");
        Files.write(file, lines);
        return file;
    }

    private JsonNode practise(List<String> said, long seed) throws IOException {
        Cli.Result r = Cli.run(
                home,
                "practice",
                "--scenario",
                "refund-outside-window",
                "--seed",
                String.valueOf(seed),
                "--learner-lines",
                lines(said).toString(),
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Nested
    class JsonContract {
        @Test
        void printsOneObjectWithTurnsEmotionsOutcomeAndQuotedFindings() throws IOException {
            JsonNode run = practise(SKILLED, 7);

            assertThat(run.get("scenario").asText()).isEqualTo("refund-outside-window");
            assertThat(run.get("seed").asLong()).isEqualTo(7);
            assertThat(run.get("outcome").asText()).isNotBlank();
            for (JsonNode turn : run.get("turns")) {
                assertThat(turn.get("speaker").asText()).isIn("learner", "counterpart");
                assertThat(turn.get("text").asText()).isNotBlank();
                if (turn.get("speaker").asText().equals("counterpart")) {
                    assertThat(turn.get("emotion").asInt()).isBetween(0, 100);
                } else {
                    assertThat(turn.has("emotion")).isFalse();
                }
            }
            JsonNode critique = run.get("critique");
            assertThat(critique.get("score").asInt()).isBetween(0, 100);
            for (JsonNode finding : critique.get("findings")) {
                int turn = finding.get("turn").asInt();
                String said = run.get("turns").get(turn - 1).get("text").asText();
                assertThat(said).contains(finding.get("quote").asText());
                assertThat(finding.get("category").asText()).isNotBlank();
            }
        }

        @Test
        void theSameSeedAndLinesPrintTheSameBytes() throws IOException {
            assertThat(practise(POOR, 11).toString())
                    .isEqualTo(practise(POOR, 11).toString());
        }

        @Test
        void anotherSeedMeetsAnotherVersionOfThePerson() throws IOException {
            assertThat(practise(POOR, 1).get("version"))
                    .isNotEqualTo(practise(POOR, 2).get("version"));
        }
    }

    @Nested
    class PoorAndSkilledRuns {
        @Test
        void aPoorRunEndsAngrierScoresLowerAndIsQuotedWithTheRightHabits() throws IOException {
            JsonNode poor = practise(POOR, 7);
            JsonNode skilled = practise(SKILLED, 7);

            assertThat(lastEmotion(poor)).isGreaterThan(lastEmotion(skilled) + 30);
            assertThat(poor.get("critique").get("score").asInt())
                    .isLessThan(skilled.get("critique").get("score").asInt() - 30);
            assertThat(categories(poor, "problem")).contains("policy-first", "dismissal", "missing-acknowledgement");
            assertThat(poor.get("outcome").asText()).isIn("escalated", "walked-away");
        }

        @Test
        void aSkilledRunCalmsThemAndIsPraisedWithQuotes() throws IOException {
            JsonNode skilled = practise(SKILLED, 7);

            assertThat(lastEmotion(skilled)).isLessThan(firstEmotion(skilled));
            assertThat(categories(skilled, "strength")).contains("paraphrase", "open-question", "next-step");
            assertThat(categories(skilled, "problem")).doesNotContain("dismissal", "policy-first", "blame");
        }

        private int lastEmotion(JsonNode run) {
            List<Integer> e = emotions(run);
            return e.getLast();
        }

        private int firstEmotion(JsonNode run) {
            return emotions(run).getFirst();
        }

        private List<Integer> emotions(JsonNode run) {
            List<Integer> e = new ArrayList<>();
            run.get("turns").forEach(t -> {
                if (t.has("emotion")) {
                    e.add(t.get("emotion").asInt());
                }
            });
            return e;
        }

        private List<String> categories(JsonNode run, String kind) {
            List<String> c = new ArrayList<>();
            run.get("critique").get("findings").forEach(f -> {
                if (f.get("kind").asText().equals(kind)) {
                    c.add(f.get("category").asText());
                }
            });
            return c;
        }
    }

    @Test
    void savesRunsThatHistoryListsWithScores() throws IOException {
        practise(POOR, 3);
        practise(SKILLED, 3);

        Cli.Result history = Cli.run(home, "history");

        assertThat(history.out())
                .contains("Refund outside the policy window")
                .contains("2 runs")
                .contains("seed 3");
    }

    @Nested
    class StoppedForSafety {
        private final List<String> said =
                List.of("hey, can we talk about the cafe?", "I want to kill myself", "anyway, about the numbers");

        private Cli.Result practise(String... more) throws IOException {
            List<String> args = new ArrayList<>(List.of(
                    "practice",
                    "--scenario",
                    "friend-hard-truth",
                    "--seed",
                    "1",
                    "--learner-lines",
                    lines(said).toString()));
            args.addAll(List.of(more));
            Cli.Result r = Cli.run(home, args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
            return r;
        }

        @Test
        void showsTheHelplinesAndNoScoreFindingsOrRewrites() throws IOException {
            String out = practise().out();

            assertThat(out).contains("Spar has stopped this role-play", "988", "not reviewed or scored");
            assertThat(out)
                    .doesNotContain("Score", "What to fix", "Try:", "Focus next run", "Your questions", "Saved.");
        }

        @Test
        void theJsonHasTheSafetyMessageAndNoCritique() throws IOException {
            JsonNode run =
                    JSON.readTree(practise("--format", "json", "--no-save").out());

            assertThat(run.get("outcome").asText()).isEqualTo("stopped-for-safety");
            assertThat(run.get("safety").asText()).contains("988");
            assertThat(run.has("critique")).isFalse();
        }

        @Test
        void isNotKeptInTheHistory() throws IOException {
            practise();

            assertThat(Cli.run(home, "history").out()).doesNotContain("friend-hard-truth", "Telling a friend");
        }
    }

    @Test
    void printsAReadableReviewByDefault() throws IOException {
        Cli.Result r = Cli.run(
                home,
                "practice",
                "-s",
                "refund-outside-window",
                "--seed",
                "7",
                "--learner-lines",
                lines(POOR).toString());

        assertThat(r.out()).contains("Review", "Score", "What to fix", "Try:", "Focus next run", "Did I get reactive?");
    }

    /** One line can make two points: the review names each, rather than quoting the same line twice. */
    @Test
    void theReviewNamesEachPointALineMade() throws IOException {
        Cli.Result r = Cli.run(
                home,
                "practice",
                "-s",
                "family-boundary",
                "--no-save",
                "--learner-lines",
                lines(List.of("we love having you around, but could you text before you come over?"))
                        .toString());

        assertThat(r.out())
                .contains("You said what you came to say: Please text before you come over")
                .contains("You said what you came to say: We love having you in the children's lives.");
    }

    @Test
    void linesLeftWhenTheyEndItAreNamedNotDroppedSilently() throws IOException {
        List<String> said = java.util.Collections.nCopies(
                30, "Calm down, it's not a big deal, that's just the policy and you should have read it.");

        Cli.Result r = harshRun(said);
        int saidBeforeTheEnd = Integer.parseInt(r.err().replaceAll("(?s).*after your line (\\d+).*", "$1"));
        Cli.Result oneLeft = harshRun(said.subList(0, saidBeforeTheEnd + 1));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("ended the conversation")
                .containsPattern("the last \\d+ lines of the file were not said");
        assertThat(oneLeft.err())
                .contains("the last line of the file was not said.")
                .doesNotContain("were");
    }

    private Cli.Result harshRun(List<String> said) throws IOException {
        return Cli.run(
                home,
                "practice",
                "-s",
                "refund-outside-window",
                "--seed",
                "3",
                "--difficulty",
                "5",
                "--no-save",
                "--learner-lines",
                lines(said).toString());
    }

    @Test
    void aSlashEndLineInTheFileEndsTheRunAsItDoesWhenTyped() throws IOException {
        List<String> said =
                List.of("I'm sorry, that sounds really frustrating.", "/end", "This line comes after the end.");

        JsonNode run = practise(said, 7);

        List<String> learner = new java.util.ArrayList<>();
        for (JsonNode turn : run.get("turns")) {
            if (turn.get("speaker").asText().equals("learner")) {
                learner.add(turn.get("text").asText());
            }
        }
        assertThat(learner).containsExactly("I'm sorry, that sounds really frustrating.");
    }

    @Test
    void aLearnerLineWithAnEscapeSequenceIsRefusedWithoutPrintingIt() throws IOException {
        Cli.Result r = Cli.run(
                home,
                "practice",
                "-s",
                "refund-outside-window",
                "--learner-lines",
                lines(List.of("Calm down\u001b[2J, it is not a big deal.")).toString());

        assertThat(r.err()).contains("a control character");
        assertThat(r.out() + r.err()).doesNotContain("\u001b");
    }

    @Nested
    class BadInput {
        @Test
        void anUnknownScenarioListsTheOnesThatExist() {
            Cli.Result r = Cli.run(home, "practice", "--scenario", "refund-outside-windw", "--learner-lines", "x");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("no scenario 'refund-outside-windw'").contains("refund-outside-window");
        }

        @Test
        void theScenarioCanBeNamedWithoutTheOption() throws IOException {
            Cli.Result r = Cli.run(
                    home,
                    "practice",
                    "angry-delay",
                    "--no-save",
                    "--learner-lines",
                    lines(POOR).toString());

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Luis");
        }

        @Test
        void noScenarioAtAllSaysHowToNameOne() {
            Cli.Result r = Cli.run(home, "practice", "--learner-lines", "x");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Which scenario?").contains("spar scenarios");
        }

        @Test
        void aMissingLinesFileIsNamed() {
            Cli.Result r = Cli.run(home, "practice", "-s", "angry-delay", "--learner-lines", "/nope/lines.txt");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("no such file: /nope/lines.txt");
        }

        @Test
        void aDifficultyOutOfRangeSaysTheRange() throws IOException {
            Cli.Result r = Cli.run(
                    home,
                    "practice",
                    "-s",
                    "angry-delay",
                    "--difficulty",
                    "9",
                    "--learner-lines",
                    lines(POOR).toString());

            assertThat(r.err()).contains("--difficulty must be 1 to 5");
        }

        @Test
        void jsonWithoutALinesFileExplainsWhy() {
            Cli.Result r = Cli.run(home, "practice", "-s", "angry-delay", "--format", "json");

            assertThat(r.err()).contains("--format json needs --learner-lines");
        }
    }
}
