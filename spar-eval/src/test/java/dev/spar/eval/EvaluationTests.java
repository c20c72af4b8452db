package dev.spar.eval;

import static dev.spar.eval.TestFiles.client;
import static dev.spar.eval.TestFiles.therapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTests {

    @TempDir
    Path dir;

    /** Reads an utterance ending in '?' as an open question, and anything else as no move. */
    private static final Analyzer QUESTION_MARK = (utterance, context) -> new UtteranceAnalysis(
            utterance,
            utterance.strip().endsWith("?")
                    ? List.of(new MoveEvidence(Move.OPEN_QUESTION, new Span(0, utterance.length()), utterance))
                    : List.of(),
            List.of());

    private void writeAnnomi() {
        TestFiles.write(
                dir,
                AnnomiReader.FILE,
                TestFiles.ANNOMI_HEADER,
                therapist(4, 0, "What brings you in today?", 0, "n/a", false, "open"),
                client(4, 1, "My knee, mostly.", 0),
                therapist(4, 2, "Did you sleep well?", 0, "n/a", false, "closed"),
                client(4, 3, "Not at all.", 0),
                therapist(4, 4, "You feel stuck.", 0, "n/a", true, "n/a"),
                therapist(4, 5, "Tell me more about that.", 0, "n/a", false, "open"),
                client(4, 6, "It aches at night.", 0),
                therapist(4, 7, "So the nights are the hard part?", 0, "n/a", true, "n/a"),
                therapist(3, 0, "Is this on the dev side?", 0, "n/a", false, "closed"));
    }

    @Test
    void scoresAFakeAnalyzerOnSyntheticAnnomi() {
        writeAnnomi();

        EvalReport report = Evaluation.run(DatasetName.ANNOMI, dir, Split.TEST, QUESTION_MARK, ProgressListener.NONE);

        assertThat(report.utterances()).isEqualTo(5);
        // question: right on 0 and 2, missed on 5, false alarm on 7.
        assertThat(report.label("question").orElseThrow()).satisfies(s -> {
            assertThat(s.support()).isEqualTo(3);
            assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-9));
        });
        // Among the three gold questions: open right on 0, wrong on 2 (closed), missed on 5.
        assertThat(report.label("open-question")).contains(new LabelScore("open-question", 1, 1, 1));
        assertThat(report.label("closed-question")).contains(new LabelScore("closed-question", 0, 0, 1));
        assertThat(report.label("reflection")).contains(new LabelScore("reflection", 0, 0, 2));
        assertThat(report.subtypeAccuracy()).contains(new SubtypeAccuracy("open-vs-closed", 1, 3));
        assertThat(report.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 7, within(1e-9));
        assertThat(report.humanAgreement()).isEmpty();
        assertThat(report.cost().utterances()).isEqualTo(5);
    }

    @Test
    void rendersJsonWithTheAgreedFieldsAndNoDatasetText() throws Exception {
        writeAnnomi();
        EvalReport report = Evaluation.run(DatasetName.ANNOMI, dir, Split.TEST, QUESTION_MARK, ProgressListener.NONE);

        String json = report.toJson();
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.get("dataset").asText()).isEqualTo("annomi");
        assertThat(root.get("split").asText()).isEqualTo("test");
        assertThat(root.get("labels").get("question").get("f1").asDouble()).isCloseTo(0.6667, within(1e-9));
        assertThat(root.get("labels").get("question").get("support").asInt()).isEqualTo(3);
        assertThat(root.get("labels").get("open-question").get("precision").asDouble())
                .isCloseTo(0.5, within(1e-9));
        assertThat(root.get("macro_f1").asDouble()).isCloseTo(0.1667, within(1e-9));
        JsonNode questionInterval = root.get("labels").get("question").get("f1_ci95");
        assertThat(questionInterval.get(0).asDouble()).isLessThanOrEqualTo(0.6667);
        assertThat(questionInterval.get(1).asDouble()).isGreaterThanOrEqualTo(0.6667);
        assertThat(root.get("macro_f1_ci95").size()).isEqualTo(2);
        assertThat(root.get("accuracy").get("accuracy").asDouble()).isCloseTo(0.3333, within(1e-9));
        assertThat(root.get("confusion").get("question").get("fn").asInt()).isEqualTo(1);
        assertThat(root.has("ms_per_utterance")).isTrue();
        assertThat(root.get("ns_per_utterance").asLong())
                .isEqualTo(report.cost().nanosPerUtterance());
        assertThat(root.has("examples")).isFalse();
        assertThat(json).doesNotContain("Tell me more");

        JsonNode withExamples = new ObjectMapper().readTree(report.toJson(true));
        assertThat(withExamples.get("examples").isArray()).isTrue();
        assertThat(withExamples.toString()).contains("Tell me more about that.");
    }

    @Test
    void rendersAReadableTable() {
        writeAnnomi();
        EvalReport report = Evaluation.run(DatasetName.ANNOMI, dir, Split.TEST, QUESTION_MARK, ProgressListener.NONE);

        String text = report.toText();

        assertThat(text).contains("AnnoMI, test split: 5 utterances");
        assertThat(text)
                .containsPattern(
                        "question\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+\\d\\.\\d{3}-\\d\\.\\d{3}\\s+3\\s+2\\s+1\\s+1");
        assertThat(text).containsPattern("macro-F1 0\\.167 \\(95% CI \\d\\.\\d{3}-\\d\\.\\d{3}\\) over 7 labels");
        assertThat(text).contains("open-vs-closed accuracy among gold subtypes: 0.333 (1 of 3; 95% CI");
        assertThat(text).contains("Tell me more about that.");
        assertThat(report.toText(false)).doesNotContain("Tell me more about that.");
    }

    @Test
    void passesTheCounterpartsLineAndTheSpeakersEarlierTurns() {
        writeAnnomi();
        List<AnalysisContext> seen = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Analyzer recording = (utterance, context) -> {
            said.add(utterance);
            seen.add(context);
            return QUESTION_MARK.analyze(utterance, context);
        };

        Evaluation.run(DatasetName.ANNOMI, dir, Split.TEST, recording, ProgressListener.NONE);

        // Five warm-up analyses, then the five timed ones.
        assertThat(said).hasSize(10);
        List<AnalysisContext> timed = seen.subList(5, 10);
        assertThat(timed)
                .extracting(AnalysisContext::counterpartLastLine)
                .containsExactly("", "My knee, mostly.", "Not at all.", "Not at all.", "It aches at night.");
        assertThat(timed).extracting(c -> c.earlierLearnerTurns().size()).containsExactly(0, 1, 2, 3, 4);
        assertThat(timed.get(2).earlierLearnerTurns().get(1).text()).isEqualTo("Did you sleep well?");
    }

    @Test
    void reportsProgressEveryFiveHundredExamplesAndAtTheEnd() {
        List<Example> examples = IntStream.range(0, 1200)
                .mapToObj(i -> Example.of("d/" + i, "d", "sys", "Line " + i + "?", "", Set.of("question")))
                .toList();
        List<Integer> progress = new ArrayList<>();

        EvalReport report = Evaluation.evaluate(
                DatasetName.ESCONV, Split.ALL, examples, QUESTION_MARK, LabelMapping.standard(), (done, total) -> {
                    assertThat(total).isEqualTo(1200);
                    progress.add(done);
                });

        assertThat(progress).containsExactly(500, 1000, 1200);
        assertThat(report.label("question")).contains(new LabelScore("question", 1200, 0, 0));
        assertThat(report.macroF1()).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(report.unmappedLabels()).isEmpty();
    }

    @Test
    void anAnalyzerFailureNamesTheExample() {
        writeAnnomi();
        Analyzer failing = (utterance, context) -> {
            if (utterance.startsWith("Tell")) {
                throw new IllegalArgumentException("boom");
            }
            return QUESTION_MARK.analyze(utterance, context);
        };

        assertThatThrownBy(() -> Evaluation.run(DatasetName.ANNOMI, dir, Split.TEST, failing, ProgressListener.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AnnoMI example 4/5")
                .hasMessageContaining("boom");
    }

    @Test
    void anEmptySplitGivesZeroScores() {
        EvalReport report = Evaluation.evaluate(
                DatasetName.CASINO,
                Split.TEST,
                List.of(),
                QUESTION_MARK,
                LabelMapping.standard(),
                ProgressListener.NONE);

        assertThat(report.utterances()).isZero();
        assertThat(report.macroF1()).isZero();
        assertThat(report.cost().msPerUtterance()).isZero();
        assertThat(report.toText()).contains("CaSiNo, test split: 0 utterances");
    }
}
