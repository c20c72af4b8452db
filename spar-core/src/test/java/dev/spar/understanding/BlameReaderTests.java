package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlameReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the courier lost it, not us                                | the courier
            that's on them                                             | them
            My colleague messed up the booking.                        | My colleague
            Honestly it's the warehouse's fault.                       | the warehouse
            the system must have got it wrong                          | the system
            That one's down to accounts, not me.                       | accounts
            the other team dropped the ball on this                    | the other team
            Blame the delivery company, they're hopeless.              | the delivery company
            Not my fault, it's the previous agent.                     | the previous agent
            DPD keeps losing parcels                                   | DPD
            The sales team told you wrong, I'm afraid.                 | The sales team
            Nothing to do with us, the supplier changed it.            | the supplier
            sam didnt send the form, not my fault                      | sam
            That's a courier issue, I'm afraid.                        | courier
            You'll have to take that up with the bank.                 | the bank
            It's the supplier's mistake, not ours.                     | the supplier
            the depot was supposed to release it yesterday             | the depot
            Our logistics team mislabelled it.                         | Our logistics team
            Honestly it's not my department.                           | ''
            """)
    void namesWhoIsBlamed(String line, String who) {
        assertThat(Readings.learner(line).first(ActKind.BLAME_OTHERS))
                .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo(who));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'll chase the courier today.",
                "I'll call the warehouse and sort it.",
                "Did the warehouse send it?",
                "Maybe the courier left it with a neighbour?",
                "the courier will bring it tomorrow",
                "That's my mistake, I'm sorry.",
                "My colleague will call you back by four.",
                "The system shows it left the depot at 9.",
                "I'll get onto accounts now.",
                "It's not the courier's fault, it's ours.",
                "Nothing to do with you, it's our mistake.",
                "It's all on your system, the job number and everything.",
                "If the re-check finds they got it wrong, I want the fee back.",
                "I'll take it up with the warehouse myself.",
                "The courier is supposed to call ahead, so I'll ask them to."
            })
    void ownIngItOrReportingIsNoBlame(String line) {
        assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS)).isFalse();
    }
}
