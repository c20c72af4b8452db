package dev.spar.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words the line classifier hears, and its weights surviving the trip through the shipped file. */
class LineWordsTests {
    @Test
    void aLineGivesItsWordsAndEachPairOfNeighbours() {
        assertThat(LineWords.of("Oh great, ANOTHER week!"))
                .containsExactly(
                        "oh", "great", "another", "week", "!", "oh great", "great another", "another week", "week !");
    }

    @Test
    void aCurlyApostropheIsTheSameWordAsAStraightOne() {
        assertThat(LineWords.of("that\u2019s on you")).isEqualTo(LineWords.of("that's on you"));
    }

    @Test
    void aClassifierReadBackFromItsFileGivesTheSameProbabilities() throws IOException {
        LineClassifier classifier = new LineClassifier(
                "abc",
                0.85,
                2,
                Map.of("great", 0, "oh great", 1),
                List.of("sarcasm", "blame"),
                new float[][] {{0.5f, -0.5f, 1f, 3f}, {-1f, 2f, 0f, 0f}},
                new float[] {-1f, 0.25f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classifier.write(out);
        LineClassifier read = LineClassifier.read(new ByteArrayInputStream(out.toByteArray()));

        float[] vector = {0.6f, 0.8f};
        assertThat(read.probabilities(vector, "oh great"))
                .containsExactly(classifier.probabilities(vector, "oh great"));
        assertThat(read.probabilities(vector, "oh great")[0])
                .as("the words raise sarcasm")
                .isGreaterThan(classifier.probabilities(vector, "fine")[0]);
        assertThat(read.trainedOn()).isEqualTo("abc");
        assertThat(read.categories()).containsExactly("sarcasm", "blame");
    }
}
