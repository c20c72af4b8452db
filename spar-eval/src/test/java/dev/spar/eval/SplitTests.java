package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitTests {

    @Test
    void testHoldsOnlyTheFourthFoldAndDevTheRest() {
        assertThat(Split.TEST.includesFold(4)).isTrue();
        assertThat(Split.TEST.includesFold(109)).isTrue();
        assertThat(Split.TEST.includesFold(7)).isFalse();
        assertThat(Split.DEV.includesFold(7)).isTrue();
        assertThat(Split.DEV.includesFold(14)).isFalse();
        assertThat(Split.ALL.includesFold(14)).isTrue();
        assertThat(Split.ALL.includesFold(3)).isTrue();
    }

    @Test
    void negativeKeysFallIntoAFoldToo() {
        assertThat(Split.TEST.includesFold(-1)).isTrue();
        assertThat(Split.DEV.includesFold(-2)).isTrue();
    }

    @Test
    void fileSplitsPickTheReportingOrTheDevelopmentFile() {
        assertThat(Split.TEST.includesFile(true)).isTrue();
        assertThat(Split.TEST.includesFile(false)).isFalse();
        assertThat(Split.DEV.includesFile(false)).isTrue();
        assertThat(Split.DEV.includesFile(true)).isFalse();
        assertThat(Split.ALL.includesFile(true)).isTrue();
        assertThat(Split.ALL.includesFile(false)).isTrue();
    }

    @Test
    void foldOfAKeyIsItsCrc32ModuloFive() {
        // CRC-32 of "abc" is 0x352441C2 = 891568578, and 891568578 % 5 == 3.
        assertThat(Split.fold("abc")).isEqualTo(3);
        assertThat(Split.fold("abc")).isEqualTo(Split.fold("abc"));
        assertThat(Split.fold("")).isZero();
    }

    @Test
    void splitsAndDatasetsAreFoundByIdentifier() {
        assertThat(Split.byId("TEST")).contains(Split.TEST);
        assertThat(Split.byId("dev")).contains(Split.DEV);
        assertThat(Split.byId("holdout")).contains(Split.HOLDOUT);
        assertThat(Split.byId("validation")).isEmpty();
        assertThat(DatasetName.byId("AnnoMI")).contains(DatasetName.ANNOMI);
        assertThat(DatasetName.byId("casino")).contains(DatasetName.CASINO);
        assertThat(DatasetName.byId("other")).isEmpty();
    }
}
