package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelMappingTests {

    private static UtteranceAnalysis making(Move... moves) {
        return new UtteranceAnalysis(
                "words",
                Arrays.stream(moves)
                        .map(m -> new MoveEvidence(m, new Span(0, 5), "words"))
                        .toList(),
                List.of());
    }

    private static UtteranceAnalysis saying(String text, Move... moves) {
        return new UtteranceAnalysis(
                text,
                Arrays.stream(moves)
                        .map(m -> new MoveEvidence(m, new Span(0, text.length()), text))
                        .toList(),
                List.of());
    }

    @Test
    void standardMappingScoresTheLabelsOfEachDataset() {
        LabelMapping mapping = LabelMapping.standard();

        assertThat(mapping.rules(DatasetName.ANNOMI).labels())
                .containsExactly(
                        "question",
                        "open-question",
                        "closed-question",
                        "reflection",
                        "information",
                        "advice",
                        "options");
        assertThat(mapping.rules(DatasetName.ESCONV).labels())
                .containsExactly(
                        "question",
                        "paraphrase",
                        "reflection-of-feelings",
                        "affirmation",
                        "suggestion",
                        "information",
                        "self-disclosure");
        assertThat(mapping.rules(DatasetName.EPITOME).labels())
                .containsExactly("emotional-reaction", "interpretation", "exploration");
        assertThat(mapping.rules(DatasetName.CASINO).labels())
                .containsExactly("showing-empathy", "elicit-pref", "self-need", "promote-coordination");
    }

    @Test
    void predictsEveryLabelWhoseMovesTheAnalysisMakes() {
        LabelMapping mapping = LabelMapping.standard();

        assertThat(mapping.rules(DatasetName.ANNOMI).predict(making(Move.VERIFY, Move.EXPLAIN)))
                .containsExactlyInAnyOrder("question", "closed-question", "information");
        assertThat(mapping.rules(DatasetName.EPITOME).predict(making(Move.EMPATHISE)))
                .containsExactlyInAnyOrder("emotional-reaction", "interpretation");
        assertThat(mapping.rules(DatasetName.EPITOME).predict(making(Move.APOLOGISE)))
                .containsExactly("emotional-reaction");
        assertThat(mapping.rules(DatasetName.EPITOME).predict(making(Move.SELF_DISCLOSE, Move.OPEN_QUESTION)))
                .containsExactlyInAnyOrder("interpretation", "exploration");
        assertThat(mapping.rules(DatasetName.CASINO).predict(making(Move.OFFER_OPTION)))
                .containsExactly("promote-coordination");
        assertThat(mapping.rules(DatasetName.ESCONV).predict(making())).isEmpty();
    }

    @Test
    void givesEveryScoredLabelASparMove() {
        for (DatasetName dataset : DatasetName.values()) {
            assertThat(LabelMapping.standard().rules(dataset).rules()).allMatch(LabelMapping.Rule::mapped);
        }
    }

    @Test
    void labelsWithoutASparMoveAreMarkedUnmapped() {
        LabelMapping without = LabelMapping.standard().with(DatasetName.ESCONV, "affirmation", Set.of());

        assertThat(without.rules(DatasetName.ESCONV).rules())
                .filteredOn(r -> !r.mapped())
                .extracting(LabelMapping.Rule::label)
                .containsExactly("affirmation");
    }

    @Test
    void predictsOneStrategyPerSupporterTurnThePreferredOne() {
        LabelMapping.DatasetRules esconv = LabelMapping.standard().rules(DatasetName.ESCONV);

        assertThat(esconv.predict(making(Move.OPEN_QUESTION, Move.ADVISE))).containsExactly("suggestion");
        assertThat(esconv.predict(saying("So you moved out in March?", Move.CLOSED_QUESTION, Move.PARAPHRASE)))
                .containsExactly("paraphrase");
        assertThat(esconv.predict(making(Move.CLOSED_QUESTION))).containsExactly("question");
        assertThat(esconv.predict(making(Move.CLOSING_CHECK))).containsExactly("question");
        assertThat(esconv.predict(making(Move.GREET))).isEmpty();
    }

    @Test
    void keepsParaphraseForExplicitRestatementsInEsconv() {
        LabelMapping.DatasetRules esconv = LabelMapping.standard().rules(DatasetName.ESCONV);

        assertThat(esconv.predict(
                        saying("It sounds like the new manager keeps moving your deadlines.", Move.PARAPHRASE)))
                .containsExactly("paraphrase");
        assertThat(esconv.predict(saying("Moving house in winter is a lot of work.", Move.PARAPHRASE)))
                .isEmpty();
        assertThat(esconv.predict(saying("You were the one who found the flat?", Move.CLOSED_QUESTION)))
                .containsExactly("paraphrase");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Are you saying the move was his idea all along?|CLOSED_QUESTION|paraphrase",
                "The landlord wants the keys back by Friday, correct?|CLOSED_QUESTION|paraphrase",
                "Did the landlord want the keys back?|CLOSED_QUESTION|question",
                "You mean the landlord never called back?|CLOSED_QUESTION|paraphrase",
                "So I take it the visit did not go well.|PARAPHRASE|paraphrase",
                "The visit did not go well.|PARAPHRASE|",
                "The visit did not go well?|PARAPHRASE|paraphrase",
                "I ask because my cousin had the same trouble.|EXPLAIN|",
                "Because of the cold, many clinics offer flu jabs for free.|EXPLAIN|information",
                "Most libraries lend laptops these days.|EXPLAIN|information"
            })
    void readsACheckedHearingAsAParaphraseAndOnlyAFactAsInformationInEsconv(String text, Move move, String label) {
        LabelMapping.DatasetRules esconv = LabelMapping.standard().rules(DatasetName.ESCONV);

        assertThat(esconv.predict(saying(text, move)))
                .containsExactlyElementsOf(label == null ? List.of() : List.of(label));
    }

    @Test
    void keepsReflectionOfFeelingsForANamedFeelingInEsconv() {
        LabelMapping.DatasetRules esconv = LabelMapping.standard().rules(DatasetName.ESCONV);

        assertThat(esconv.predict(saying("You must feel so let down by her.", Move.EMPATHISE)))
                .containsExactly("reflection-of-feelings");
        assertThat(esconv.predict(saying("I'm sorry to hear that.", Move.EMPATHISE)))
                .isEmpty();
    }

    @Test
    void countsAFeelingSaidBackAsTheirStoryAsInterpretationOnlyInEpitome() {
        LabelMapping.DatasetRules epitome = LabelMapping.standard().rules(DatasetName.EPITOME);

        assertThat(epitome.predict(
                        saying("You sound worn out by all the night shifts.", Move.EMPATHISE, Move.PARAPHRASE)))
                .containsExactly("interpretation");
        assertThat(epitome.predict(saying("I'm so sorry, that is rotten luck.", Move.EMPATHISE)))
                .containsExactlyInAnyOrder("emotional-reaction", "interpretation");
    }

    @Test
    void readsATurnThatOnlyThanksOrTakesLeaveAsNoStrategyInEsconv() {
        LabelMapping.DatasetRules esconv = LabelMapping.standard().rules(DatasetName.ESCONV);

        assertThat(esconv.predict(saying("You're welcome, I hope the interview goes well.", Move.EMPATHISE)))
                .isEmpty();
        assertThat(esconv.predict(saying("Thanks for sharing that. Have you told your sister?", Move.CLOSED_QUESTION)))
                .containsExactly("question");
    }

    @Test
    void predictsTheSubtypeOfTheLastQuestionAsked() {
        UtteranceAnalysis openThenClosed = new UtteranceAnalysis(
                "What happened? Did you call them?",
                List.of(
                        new MoveEvidence(Move.OPEN_QUESTION, new Span(0, 14), "What happened?"),
                        new MoveEvidence(Move.CLOSED_QUESTION, new Span(15, 33), "Did you call them?")),
                List.of());

        assertThat(LabelMapping.standard().rules(DatasetName.ANNOMI).predict(openThenClosed))
                .containsExactlyInAnyOrder("question", "closed-question");
    }

    @Test
    void readsAClosingCheckThatLeavesTheAnswerOpenAsAnOpenQuestionInAnnomi() {
        var annomi = LabelMapping.standard().rules(DatasetName.ANNOMI);

        assertThat(annomi.predict(saying("Is there anything else on your mind?", Move.CLOSING_CHECK)))
                .containsExactlyInAnyOrder("question", "open-question");
        assertThat(annomi.predict(saying("So how does that plan sound?", Move.CLOSING_CHECK)))
                .containsExactlyInAnyOrder("question", "open-question");
        assertThat(annomi.predict(saying("Is that all right with you?", Move.CLOSING_CHECK)))
                .containsExactlyInAnyOrder("question", "closed-question");
    }

    @Test
    void aLabelCanBeRemappedForTuning() {
        LabelMapping tuned =
                LabelMapping.standard().with(DatasetName.ANNOMI, "options", Set.of(Move.OFFER_OPTION, Move.NEXT_STEP));

        assertThat(tuned.rules(DatasetName.ANNOMI).predict(making(Move.NEXT_STEP)))
                .containsExactly("options");
        assertThat(LabelMapping.standard().rules(DatasetName.ANNOMI).predict(making(Move.NEXT_STEP)))
                .isEmpty();
        assertThatThrownBy(() -> LabelMapping.standard().with(DatasetName.CASINO, "small-talk", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CaSiNo has no scored label \"small-talk\"");
    }

    @Test
    void moveIdsFollowTheOrderOfMoves() {
        assertThat(new LabelMapping.Rule("question", Set.of(Move.CLOSED_QUESTION, Move.VERIFY, Move.OPEN_QUESTION))
                        .moveIds())
                .containsExactly("verify", "open-question", "closed-question");
    }
}
