package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AuthoredReadingsTests {
    private static final Topics TOPICS =
            Topics.of(List.of(new Topic("order_number", "order number", List.of("order number"), Optional.of("A1"))));

    private static Content read(AuthoredReadings readings, String line, ConversationMemory memory) {
        Understanding understanding = Understanding.of(TOPICS, Meaning.NONE);
        return readings.read(
                new AuthoredReadings.Key(TOPICS.identity(), Side.LEARNER, line),
                memory,
                recall -> understanding.read(Side.LEARNER, line, memory));
    }

    @Test
    void aLineReadAgainInTheSameConversationIsTheReadingKept() {
        AuthoredReadings readings = new AuthoredReadings(10);
        ConversationMemory memory = new ConversationMemory();
        Content first = read(readings, "Hope you're keeping well!", memory);
        assertThat(read(readings, "Hope you're keeping well!", new ConversationMemory()))
                .isSameAs(first);
    }

    @Test
    void aLineReadWhereTheMemoryAnswersOtherwiseIsReadAgain() {
        String line = "Hope you're keeping well!";
        Understanding understanding = Understanding.of(TOPICS, Meaning.NONE);
        ConversationMemory before = new ConversationMemory();
        ConversationMemory after = new ConversationMemory();
        after.remember(
                1,
                understanding.read(
                        Side.COUNTERPART, "Two weeks I've waited for this refund and nobody has rung me back.", after));

        Content opening = understanding.readAuthored(Side.LEARNER, line, before);
        Content answering = understanding.readAuthored(Side.LEARNER, line, after);

        // Small talk once they have spoken, manners before: the kept reading of one is not the other's.
        assertThat(opening.has(ActKind.TANGENT)).isFalse();
        assertThat(answering.has(ActKind.TANGENT)).isTrue();
        assertThat(understanding.readAuthored(Side.LEARNER, line, before)).isEqualTo(opening);
        assertThat(understanding.readAuthored(Side.LEARNER, line, after)).isEqualTo(answering);
        assertThat(answering).isEqualTo(understanding.read(Side.LEARNER, line, after));
    }

    @Test
    void keepsNoMoreLinesThanItsBound() {
        AuthoredReadings readings = new AuthoredReadings(3);
        for (int i = 0; i < 10; i++) {
            read(readings, "Line " + i + ".", new ConversationMemory());
        }
        assertThat(readings.size()).isEqualTo(3);
    }

    @Test
    void manyThreadsReadTheSameLinesAlike() throws Exception {
        AuthoredReadings readings = new AuthoredReadings(5);
        List<String> lines = List.of("What's the order number?", "I'll refund it today.", "No.", "Fine, thanks.");
        List<Content> expected = lines.stream()
                .map(l -> Understanding.of(TOPICS, Meaning.NONE).read(Side.LEARNER, l, new ConversationMemory()))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int at = i % lines.size();
                        if (!read(readings, lines.get(at), new ConversationMemory())
                                .equals(expected.get(at))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : done) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
