package dev.spar.files;

import org.junit.jupiter.api.Test;

class CounterpartFiguresTests {
    @Test
    void printsTheFigures() {
        System.out.println(CounterpartFigures.versionTable());
        System.out.println(CounterpartFigures.difficultyTable());
    }
}
