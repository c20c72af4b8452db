package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerminalWriterTests {
    private static String printed(boolean colour, String... pieces) {
        StringWriter target = new StringWriter();
        try (PrintWriter out = new TerminalWriter(target, colour, colour)) {
            for (String piece : pieces) {
                out.print(piece);
            }
        }
        return target.toString();
    }

    @Nested
    class TextFromOutside {
        @Test
        void neverClearsTheScreenMovesTheCursorOrSetsTheTitle() {
            assertThat(printed(true, "a\u001b[2Jb\u001b[10;1Hc\u001b]0;owned\u0007d\u001bce"))
                    .isEqualTo("ab" + "c" + "0;owned" + "d" + "e");
        }

        @Test
        void losesEveryOtherControlCharacterButKeepsLineBreaksTabsAndLetters() {
            assertThat(printed(false, "a\u0000b\u0007c\rd\u009b2Je\n\tÉté ✓")).isEqualTo("abcd2Je\n\tÉté ✓");
        }

        @Test
        void dropsASequenceSplitAcrossTwoPieces() {
            assertThat(printed(true, "reply \u001b[", "2Jcontinues")).isEqualTo("reply continues");
        }

        @Test
        void dropsAStyleWhenTheOutputIsNotInColour() {
            assertThat(printed(false, new Terminal(true).bold("x"))).isEqualTo("x");
        }
    }

    @Test
    void keepsTheStylesTerminalAddsInColour() {
        Terminal term = new Terminal(true);
        String styled = term.bold("a") + term.dim("b") + term.red("c") + term.green("d");

        assertThat(printed(true, styled)).isEqualTo(styled);
    }

    @Test
    void letsOnlySparsOwnProgressWriteOverALine() {
        StringWriter target = new StringWriter();
        PrintWriter out = new TerminalWriter(target, true, true);

        out.print("said\rspoofed ");
        TerminalWriter.overwriteLine(out, "reviewed 1 of 2");

        assertThat(target.toString()).isEqualTo("saidspoofed \rreviewed 1 of 2\u001b[K");
    }
}
