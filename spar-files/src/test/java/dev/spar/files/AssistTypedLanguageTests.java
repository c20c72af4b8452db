package dev.spar.files;

import org.junit.jupiter.api.BeforeAll;

/**
 * Scores live assist on replies typed the way agents type under pressure ({@code assist/replies-typed.yaml}):
 * text-speak and misspellings of the phrases assist flags ("pls calm dwn", "i guarentee", "whatevr", "as per
 * polcy"), one-word brush-offs ("k", "ok.", "fine") to an upset customer, and as many good replies in the same
 * register, among them short answers to a calm customer and words a letter away from a flagged one.
 */
class AssistTypedLanguageTests extends AssistSetContract {
    private static AssistSet set;

    @BeforeAll
    static void scoreTheSet() {
        set = AssistSet.score("/assist/replies-typed.yaml");
    }

    @Override
    AssistSet set() {
        return set;
    }
}
