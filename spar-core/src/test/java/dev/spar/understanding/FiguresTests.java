package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTests {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            78k      | $84,000 | $78,000
            78       | $84,000 | $78,000
            £80,000  | £95,000 | £80,000
            90 grand | 84000   | 90000
            5        | $84,000 | -
            300k     | $84,000 | -
            12%      | $84,000 | -
            """)
    void aFigureIsWrittenAsTheFactItStandsInFor(String figure, String fact, String written) {
        // The fact's sign and separators are kept; a figure off its scale, or a share, stands for something else.
        assertThat(Figures.like(figure, fact).orElse(null)).isEqualTo(written);
    }
}
