package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeFromConversationTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    static final Transcript CHAT = Transcript.of(
            "chat.txt",
            List.of(
                    Utterance.of("[NAME-1]", Role.CUSTOMER, "My order never came and I've been waiting three weeks."),
                    Utterance.of("Agent", Role.AGENT, "Well, you should have read the delivery terms before ordering."),
                    Utterance.of(
                            "[NAME-1]", Role.CUSTOMER, "Are you serious? This is ridiculous, I want a refund {now}."),
                    Utterance.of(
                            "Agent",
                            Role.AGENT,
                            "I'm sorry, that's frustrating. Could you confirm your order number? I'll check it and"
                                    + " email you today."),
                    Utterance.of("[NAME-1]", Role.CUSTOMER, "It's [REFERENCE-1].")));

    @Test
    void theCustomerOpensWithTheirOwnFirstLineAndKeepsTheirOtherLines() {
        Scenario s = PracticeFromConversation.from("replay-chat", "Replay: chat.txt", REVIEWER.review(CHAT));

        assertThat(s.opener()).isEqualTo(Scenario.Opener.COUNTERPART);
        assertThat(s.lines().forIntent(Intent.OPEN))
                .extracting(Line::text)
                .containsExactly("My order never came and I've been waiting three weeks.");
        assertThat(s.versions())
                .allSatisfy(v -> assertThat(v.lines().forIntent(Intent.OPEN)).isEmpty());
        List<String> all = java.util.Arrays.stream(Intent.values())
                .flatMap(i -> s.lines().forIntent(i).stream())
                .map(Line::text)
                .toList();
        assertThat(all).contains("Are you serious? This is ridiculous, I want a refund now.");
        assertThat(s.persona().name()).isEqualTo("The customer");
        assertThat(s.category()).isEqualTo(Scenario.Category.CUSTOMER_SERVICE);
    }

    @Test
    void theCustomerSaysStandInsWhereTheTranscriptWasRedacted() {
        // The replayed customer opened with "hi, my order [REF-1] still hasnt arrived" and answered "[EMAIL-1]".
        Transcript redacted = Transcript.of(
                "chat.txt",
                List.of(
                        Utterance.of("[NAME-1]", Role.CUSTOMER, "hi, my order [REF-1] still hasnt arrived"),
                        Utterance.of("[NAME-2]", Role.AGENT, "Hi [NAME-1], can I have the email on the order?"),
                        Utterance.of("[NAME-1]", Role.CUSTOMER, "[EMAIL-1]"),
                        Utterance.of("[NAME-2]", Role.AGENT, "Thanks, I'll check with the courier."),
                        Utterance.of("[NAME-1]", Role.CUSTOMER, "can someone call me? [PHONE-1]"),
                        Utterance.of("[NAME-2]", Role.AGENT, "Yes, someone will call you today.")));

        Scenario s = PracticeFromConversation.from("replay", "Replay: chat.txt", REVIEWER.review(redacted));

        List<String> all = java.util.Arrays.stream(Intent.values())
                .flatMap(i -> s.lines().forIntent(i).stream())
                .map(Line::text)
                .toList();
        assertThat(all).isNotEmpty().noneMatch(l -> l.matches("(?s).*\\[[A-Z]+-\\d+].*"));
        assertThat(s.lines().forIntent(Intent.OPEN))
                .extracting(Line::text)
                .singleElement()
                .satisfies(l -> assertThat(l).matches("hi, my order #\\d{5} still hasnt arrived"));
        assertThat(all).anySatisfy(l -> assertThat(l).endsWith("@example.com"));
        assertThat(new ScenarioValidator().validate(s)).isEmpty();
    }

    @Test
    void theDecisionMapSaysWhatWasKnownWhatToFindAndWhatNotToDoAgain() {
        Scenario s = PracticeFromConversation.from("replay-chat", "Replay: chat.txt", REVIEWER.review(CHAT));

        var map = s.decisionMap().orElseThrow();
        assertThat(map.concern()).isNotBlank();
        assertThat(map.knownFacts()).anySatisfy(f -> assertThat(f).startsWith("The issue:"));
        assertThat(map.knownFacts()).anySatisfy(f -> assertThat(f).contains("email you today"));
        assertThat(map.factsToFind()).isNotEmpty();
        assertThat(map.linesNotToCross())
                .anySatisfy(l -> assertThat(l).contains("you should have read the delivery terms"));
    }

    @Test
    void aPromiseTheReviewFlaggedIsNotTheGoalOfThePractice() {
        Transcript overPromised = Transcript.of(
                "p.txt",
                List.of(
                        Utterance.of("[NAME-1]", Role.CUSTOMER, "My parcel is late and I need it for Saturday."),
                        Utterance.of("Agent", Role.AGENT, "Calm down, I guarantee it will arrive tomorrow."),
                        Utterance.of("[NAME-1]", Role.CUSTOMER, "You'd better be right.")));
        ConversationReview review = REVIEWER.review(overPromised);
        assertThat(review.problems()).anySatisfy(f -> assertThat(f.quote()).containsIgnoringCase("guarantee"));

        Scenario s = PracticeFromConversation.from("replay", "Replay: p.txt", review);

        assertThat(s.learner().goal()).doesNotContainIgnoringCase("guarantee").contains("clear next step");
        assertThat(s.persona().nameInASentence()).isEqualTo("the customer");
    }

    @Test
    void isAScenarioTheValidatorAccepts() {
        Scenario s = PracticeFromConversation.from("replay-chat", "Replay: chat.txt", REVIEWER.review(CHAT));

        assertThat(new ScenarioValidator().validate(s)).isEmpty();
    }

    @Test
    void aNamedCustomerKeepsTheirName() {
        Transcript named = Transcript.of(
                "c.txt",
                List.of(
                        Utterance.of("Priya", Role.CUSTOMER, "The app logged me out again."),
                        Utterance.of("Agent", Role.AGENT, "Let me look at that for you.")));

        assertThat(PracticeFromConversation.from("x", "X", REVIEWER.review(named))
                        .persona()
                        .name())
                .isEqualTo("Priya");
    }
}
