package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineFilterTests {
    private static String[] tidy(String... pieces) {
        Screen screen = new Screen();
        LineFilter filter = new LineFilter("Dana", screen);
        for (String piece : pieces) {
            filter.token(piece);
        }
        String line = filter.finish();
        assertThat(screen.shown()).isEqualTo(line);
        return new String[] {line, String.join("|", screen.pieces)};
    }

    @Test
    void passesPiecesThroughUntouchedWithTheirSpaces() {
        assertThat(tidy("I", " said", " no", ".")).containsExactly("I said no.", "I| said| no|.");
    }

    @Test
    void dropsLeadingBlanksTheNameAndOpeningQuote() {
        assertThat(tidy("  ", "Da", "na: ", "\"Fine", ".\"")[0]).isEqualTo("Fine.");
        assertThat(tidy("“Fine.”")[0]).isEqualTo("Fine.");
    }

    @Test
    void keepsQuotesInsideTheLine() {
        assertThat(tidy("You", " said", " \"", "soon", "\"", " twice", ".")[0]).isEqualTo("You said \"soon\" twice.");
    }

    @Test
    void stopsAtTheFirstLineBreak() {
        assertThat(tidy("Fine.", "\n", "You: okay")[0]).isEqualTo("Fine.");
    }

    @Test
    void aNameThatIsOnlyTheStartOfTheLineIsKept() {
        assertThat(tidy("Dan", "ish", " pastries", ".")[0]).isEqualTo("Danish pastries.");
    }

    @Test
    void aRetractionStartsTheLineAfresh() {
        Screen screen = new Screen();
        LineFilter filter = new LineFilter("Dana", screen);
        filter.token("Half");
        filter.retract("cut off");
        filter.token("Whole.");

        assertThat(filter.finish()).isEqualTo("Whole.");
        assertThat(screen.retractions).isEqualTo(List.of("cut off"));
    }
}
