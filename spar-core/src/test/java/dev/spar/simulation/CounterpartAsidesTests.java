package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.Said;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small talk at a tense moment costs patience and never soothes; a jab said in passing stings. */
class CounterpartAsidesTests {

    /** The state before and after the learner's line, said first to the upset refund customer. */
    private record Moved(CounterpartState before, CounterpartState after, String reply) {}

    private static Moved say(String line) {
        Counterpart counterpart = Counterpart.meet(ScenarioFixtures.refundCustomer(), PracticeSettings.of(7, 3));
        Understanding understanding = Understanding.of(ScenarioFixtures.refundCustomer(), Meaning.NONE);
        ConversationMemory memory = new ConversationMemory();
        counterpart.open().ifPresent(r -> memory.remember(1, understanding.read(Side.COUNTERPART, r.text(), memory)));
        CounterpartState before = counterpart.state();
        Content content = understanding.read(Side.LEARNER, line, memory);
        memory.remember(2, content);
        Reply reply = counterpart.respondTo(Said.that(line).analysis(), content, memory);
        return new Moved(before, reply.state(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lovely weather today, isn't it? Did you get out at all this weekend?",
                "Is that a new mechanical keyboard on your desk? It looks great.",
                "Do you have a good removals firm? I'm moving next month myself.",
                "Before I forget, would you like to join our newsletter?"
            })
    void anAsideNeverSoothesAndTriesTheirPatience(String line) {
        Moved moved = say(line);

        assertThat(moved.after().anger())
                .as(line)
                .isGreaterThanOrEqualTo(moved.before().anger());
        assertThat(moved.after().patience()).as(line).isLessThan(moved.before().patience());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "thanks, really helpful",
                "Classic. Literally the one job a laptop has.",
                "Bit careless dropping your laptop, wasn't it?"
            })
    void aJabInPassingStingsAndIsNotThanked(String line) {
        Moved moved = say(line);

        assertThat(moved.after().anger()).as(line).isGreaterThan(moved.before().anger());
        assertThat(moved.reply()).as(line).doesNotContainIgnoringCase("thank");
    }
}
