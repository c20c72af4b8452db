package dev.spar.eval;

import static dev.spar.eval.TestFiles.epitome;
import static dev.spar.eval.TestFiles.therapist;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedInputTests {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsNamed() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> new AnnomiReader().read(missing, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such folder")
                .hasMessageContaining("AnnoMI-full.csv");
    }

    @Test
    void aMissingFileIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> new EsconvReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(dir.resolve("valid.json").toString())
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> new CasinoReader().read(dir, Split.DEV))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("casino_train.json");
        assertThatThrownBy(() -> new EpitomeReader().read(dir, Split.DEV))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("emotional-reactions-reddit.csv");
    }

    @Test
    void aCsvWithoutTheExpectedColumnsSaysWhichAreMissing() {
        TestFiles.write(dir, AnnomiReader.FILE, "transcript_id,utterance_id,text", "1,0,Hello");

        assertThatThrownBy(() -> new AnnomiReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("AnnoMI-full.csv")
                .hasMessageContaining("interlocutor, utterance_text");
    }

    @Test
    void anEmptyCsvAsksForAHeaderRow() {
        TestFiles.write(dir, AnnomiReader.FILE, "");

        assertThatThrownBy(() -> new AnnomiReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        "AnnoMI-full.csv: is empty; expected a CSV header row with the columns transcript_id");
    }

    @Test
    void aRowWithTooManyCellsIsAMalformedCsv() {
        TestFiles.write(
                dir,
                AnnomiReader.FILE,
                TestFiles.ANNOMI_HEADER,
                therapist(4, 0, "Fine.", 0, "n/a", false, "n/a") + ",extra,cells");

        assertThatThrownBy(() -> new AnnomiReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("AnnoMI-full.csv")
                .hasMessageContaining("not a well-formed CSV file at line 2");
    }

    @Test
    void aNonNumericTranscriptIdIsReportedWithItsLine() {
        TestFiles.write(
                dir,
                AnnomiReader.FILE,
                TestFiles.ANNOMI_HEADER,
                therapist(4, 0, "Fine.", 0, "n/a", false, "n/a").replaceFirst(",4,", ",four,"));

        assertThatThrownBy(() -> new AnnomiReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected a whole number in transcript_id, found \"four\"");
    }

    @Test
    void aBrokenJsonLineIsReportedWithItsNumber() {
        TestFiles.write(dir, EsconvReader.TEST_FILE, "{\"dialog\": []}", "{\"dialog\": [");

        assertThatThrownBy(() -> new EsconvReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("valid.json: line 2 is not valid JSON")
                .hasMessageContaining("expected one dialogue per line");
    }

    @Test
    void aDialogueWithoutTurnsSaysWhatFieldIsMissing() {
        TestFiles.write(dir, EsconvReader.TEST_FILE, "{\"turns\": []}");

        assertThatThrownBy(() -> new EsconvReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("valid.json: line 1: expected a list field \"dialog\"");
    }

    @Test
    void anUnknownSpeakerIsRejected() {
        TestFiles.write(dir, EsconvReader.TEST_FILE, "{\"dialog\": [{\"text\": \"Hi\", \"speaker\": \"bot\"}]}");

        assertThatThrownBy(() -> new EsconvReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("expected speaker \"usr\" or \"sys\", found \"bot\"");
    }

    @Test
    void casinoMustBeAListOfDialoguesWithPairedAnnotations() {
        TestFiles.write(dir, CasinoReader.TEST_FILE, "{\"dialogue_id\": 1}");
        assertThatThrownBy(() -> new CasinoReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("casino_valid.json: expected a JSON list of dialogues");

        TestFiles.write(
                dir, CasinoReader.TEST_FILE, "[{\"dialogue_id\": 5, \"chat_logs\": [], \"annotations\": [[\"Hi\"]]}]");
        assertThatThrownBy(() -> new CasinoReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("dialogue 5, annotation 0: expected a pair");

        TestFiles.write(dir, CasinoReader.TEST_FILE, "[{\"dialogue_id\": 5, \"chat_logs\": [");
        assertThatThrownBy(() -> new CasinoReader().read(dir, Split.TEST))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("casino_valid.json: not valid JSON");
    }

    @Test
    void anEpitomeLevelOutsideZeroToTwoIsRejected() {
        TestFiles.write(
                dir,
                "emotional-reactions-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome("s1", "r1", "Sad today.", "Hugs.", 1).replace(",1,", ",high,"));

        assertThatThrownBy(() -> new EpitomeReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("emotional-reactions-reddit.csv")
                .hasMessageContaining("expected level 0, 1 or 2, found \"high\"");
    }

    @Test
    void epitomeFilesMustHoldTheSamePairs() {
        TestFiles.write(
                dir,
                "emotional-reactions-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome("s1", "r1", "Sad today.", "Hugs.", 1),
                epitome("s1", "r2", "Sad today.", "Why?", 0));
        TestFiles.write(
                dir,
                "interpretations-reddit.csv",
                TestFiles.EPITOME_HEADER,
                epitome("s1", "r1", "Sad today.", "Hugs.", 0));

        assertThatThrownBy(() -> new EpitomeReader().read(dir, Split.ALL))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("interpretations-reddit.csv: has no row for sp_id s1, rp_id r2")
                .hasMessageContaining("expected the same seeker/response pairs in all three files");
    }

    @Test
    void evaluationPassesTheReadersMessageOn() {
        assertThatThrownBy(() -> Evaluation.run(
                        DatasetName.CASINO,
                        dir.resolve("casino"),
                        Split.TEST,
                        (u, c) -> {
                            throw new AssertionError("not reached");
                        },
                        ProgressListener.NONE))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("CaSiNo dataset folder");
    }
}
