package dev.spar.files;

import org.junit.jupiter.api.BeforeAll;

/**
 * Scores live assist on replies typed the way agents type in real chats ({@code assist/replies-real.yaml}):
 * blame passed to others, false hope, sarcasm, minimising, "you just need to", losing the thread, defending
 * and scolding, and good replies in the same register, among them live assist's own suggested lines.
 */
class AssistRealLanguageTests extends AssistSetContract {
    private static AssistSet set;

    @BeforeAll
    static void scoreTheSet() {
        set = AssistSet.score("/assist/replies-real.yaml");
    }

    @Override
    AssistSet set() {
        return set;
    }
}
