package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionReaderTests {
    private static final Understanding DELAY = Understanding.of(
            Topics.of(List.of(
                    fact("event_day", "event day", "Saturday"),
                    fact("first_rep", "first rep", "Marcus"),
                    fact("drop_off", "drop off", "the newsagent on Mill Street"),
                    fact("depot", "depot", "the Riverside depot"))),
            Meaning.NONE);

    private static Topic fact(String id, String label, String value) {
        return new Topic(id, label, List.of(label), Optional.of(value));
    }

    private static Content afterThem(String theirs, String line) {
        var conversation = new Readings.Conversation(DELAY);
        conversation.counterpart(theirs);
        return conversation.read(Side.LEARNER, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The wedding is on Saturday, the suit was promised Tuesday. | And when's the wedding?
            Marcus told me on the phone that the move was free.         | Who was it you spoke to on the phone?
            I took them to the newsagent on Mill Street.                | And where did you drop them off, love?
            It's been at the Riverside depot for two days.              | Which depot is it sitting at, do you know
            The wedding is on Saturday.                                 | wait, when is the wedding again
            """)
    void asksAgainForAFactTheyGaveByItsKind(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The wedding is on Saturday.                        | When did you first notice the tracking had changed?
            Marcus told me on the phone that the move was free. | Who should I call back at your office?
            It's been at the Riverside depot for two days.     | But when you called us on the 4th, what did they say?
            """)
    void aQuestionOfTheSameKindAboutSomethingElseIsNew(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isFalse();
    }
}
