package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationMemoryTests {

    @Test
    void anAcceptedOfferIsOnTheTableNoMore() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("I can refund the $18 express fee today.");
        assertThat(talk.memory().offersOnTheTable(Side.LEARNER)).hasSize(1);

        talk.counterpart("Fine, do that.");

        assertThat(talk.memory().offersOnTheTable(Side.LEARNER)).isEmpty();
        assertThat(talk.memory().offers()).singleElement().satisfies(offer -> assertThat(offer.status())
                .isEqualTo(ConversationMemory.Offer.Status.ACCEPTED));
    }

    @Test
    void aPromiseTakenUpIsSettledLikeAnOffer() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("I'll send a second suit by courier today.");

        Content ok = talk.counterpart("Ok, fine.");

        assertThat(ok.first(ActKind.ACCEPT))
                .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("send a second suit by courier today"));
        assertThat(talk.memory().offersOnTheTable(Side.LEARNER)).isEmpty();
    }

    @Test
    void aRejectedOfferIsRememberedAsRejected() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("How about a repair under warranty?");

        talk.counterpart("A repair? No. I want my money.");

        assertThat(talk.memory().offers()).singleElement().satisfies(offer -> {
            assertThat(offer.what()).isEqualTo("a repair under warranty");
            assertThat(offer.status()).isEqualTo(ConversationMemory.Offer.Status.REJECTED);
        });
    }

    @Test
    void onlyTheLearnersCommitmentsArePromises() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.counterpart("I'll call my bank tonight.");
        talk.learner("I'll email you the label by five.");

        assertThat(talk.memory().promises()).singleElement().satisfies(promise -> assertThat(promise.what())
                .isEqualTo("email you the label by five"));
    }

    @Test
    void anAnswerAboutWhatWasAskedIsRememberedSoAskingAgainIsAReAsk() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("When did it first start crashing?");
        talk.counterpart("It started crashing last Tuesday, in the middle of a call.");

        assertThat(talk.memory().openQuestions(Side.LEARNER)).isEmpty();

        Content again = talk.learner("and when did the crashing start?");

        assertThat(again.first(ActKind.REASK))
                .hasValueSatisfying(
                        reask -> assertThat(talk.memory().turnReferredTo(reask)).contains(2));
    }

    @Test
    void aStatementOnATopicNobodyAskedAboutAnswersNothing() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.counterpart("It started crashing last Tuesday.");

        Content ask = talk.learner("Did it start after the update?");

        assertThat(ask.has(ActKind.ASK)).isTrue();
        // Asking for what the statement gave ("when did it start?") is asking again: QuestionReaderTests.
    }

    @Test
    void aReAskPointsAtTheTurnThatDisclosed() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("Hi, I'm sorry about the trouble.");
        talk.counterpart("My order is BL-1 and I want it sorted.");
        talk.learner("I understand.");

        Content again = talk.learner("whats the order no?");

        assertThat(talk.memory().turnReferredTo(again.first(ActKind.REASK).orElseThrow()))
                .contains(2);
    }
}
