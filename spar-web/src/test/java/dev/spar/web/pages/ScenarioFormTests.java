package dev.spar.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioFormTests {
    private static ScenarioForm form(String title, String name, String relationship, String goal) {
        return form(title, name, relationship, goal, "upset");
    }

    private static ScenarioForm form(String title, String name, String relationship, String goal, String mood) {
        return new ScenarioForm(
                "",
                "",
                title,
                "personal",
                "",
                name,
                relationship,
                "short and sharp",
                "",
                mood,
                List.of("dismissal", "hedging"),
                "Being taken seriously\nKnowing the plan",
                "",
                goal,
                "I can't host every Sunday\nWe can alternate",
                "They will guilt me",
                "",
                "",
                "",
                "",
                "",
                4,
                true);
    }

    /** With no key points typed, the goal becomes one, said to them as `spar scenario new` writes it. */
    @Test
    void theGoalAloneBecomesAKeyPointSaidToThem() {
        ScenarioForm typed = form("Kitchen rota", "Jess", "my flatmate", "get Jess to stick to the kitchen rota");
        ScenarioForm goalOnly = new ScenarioForm(
                typed.from(),
                typed.id(),
                typed.title(),
                typed.category(),
                typed.situation(),
                typed.name(),
                typed.relationship(),
                typed.style(),
                typed.history(),
                typed.startMood(),
                typed.triggers(),
                typed.caresAbout(),
                typed.role(),
                typed.goal(),
                "",
                typed.fears(),
                typed.concern(),
                typed.knownFacts(),
                typed.factsToFind(),
                typed.linesNotToCross(),
                typed.mayOffer(),
                typed.difficulty(),
                typed.surpriseMe());

        Scenario s = goalOnly.scenario(Optional.empty());

        assertThat(s.learner().keyPoints())
                .extracting(k -> k.text())
                .containsExactly("I need you to stick to the kitchen rota.");
    }

    @Test
    void aFormFromScratchMakesAValidScenarioOfThePersonDescribed() {
        Scenario s = form("Sunday dinners", "Mum", "my mother", "stop hosting every Sunday")
                .scenario(Optional.empty());
        assertThat(new ScenarioValidator().validate(s)).isEmpty();
        assertThat(s.id()).isEqualTo("my-sunday-dinners");
        assertThat(s.persona().name()).isEqualTo("Mum");
        assertThat(s.persona().triggers()).extracting(r -> r.on()).contains("dismissal", "hedging");
        assertThat(s.learner().keyPoints())
                .extracting(k -> k.text())
                .containsExactly("I can't host every Sunday.", "We can alternate.");
        assertThat(s.learner().keyPoints().get(1).isMadeIn("maybe we could alternate weeks"))
                .isTrue();
        assertThat(s.difficulty()).isEqualTo(4);
        assertThat(s.category()).isEqualTo(Scenario.Category.PERSONAL);
    }

    @Test
    void aFriendWrittenFromScratchStartsAsAFriendWouldAndTalksAboutTheWedding() {
        Scenario s = form(
                        "Best man",
                        "Tom",
                        "my closest friend",
                        "tell him I can't be his best man at his wedding",
                        ScenarioForm.AS_DESCRIBED)
                .scenario(Optional.empty());

        assertThat(s.persona().mood().anger()).isLessThan(50);
        assertThat(s.persona().mood().trust()).isGreaterThanOrEqualTo(55);
        assertThat(s.facts()).containsEntry("topic", "my wedding");
        assertThat(ScenarioForm.blank().startMood()).isEqualTo(ScenarioForm.AS_DESCRIBED);
    }

    @Test
    void adaptingALibraryScenarioKeepsItsLinesAndVersions() {
        Scenario base = ScenarioLibrary.bundled().find("refund-outside-window").orElseThrow();
        ScenarioForm form = ScenarioForm.of(base);
        Scenario adapted = form.scenario(Optional.of(base));
        assertThat(new ScenarioValidator().validate(adapted)).isEmpty();
        assertThat(adapted.lines()).isEqualTo(base.lines());
        assertThat(adapted.versions()).isEqualTo(base.versions());
        assertThat(adapted.persona().triggers()).isEqualTo(base.persona().triggers());
        assertThat(adapted.decisionMap()).isEqualTo(base.decisionMap());
    }

    @Test
    void missingFieldsAreNamedInWordsAPersonCanActOn() {
        assertThat(form("", "", "my mother", "").problems())
                .contains(
                        "Give it a title.",
                        "Say what to call the other person.",
                        "Say what you want from the conversation.");
        assertThat(form("t", "n", "r", "g").problems()).isEmpty();
    }

    @Test
    void unknownTriggersAndHugeFieldsAreRefused() {
        ScenarioForm hostile = new ScenarioForm(
                "",
                "",
                "t",
                "personal",
                "",
                "n",
                "r",
                "",
                "x".repeat(5_000),
                "calm",
                List.of("rm -rf"),
                "",
                "",
                "g",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                9,
                false);
        assertThat(hostile.problems())
                .contains("Pick triggers from the list.", "Difficulty is 1 (gentle) to 5 (hard).")
                .contains("History between you: keep it to 600 characters or fewer; it has 5000.");
    }
}
