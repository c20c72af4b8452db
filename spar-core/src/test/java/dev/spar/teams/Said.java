package dev.spar.teams;

import dev.spar.analysis.FindingCategory;

/** Evidence fixtures: one finding at a turn, in the learner's words. */
final class Said {
    private Said() {}

    static Evidence at(int turn, FindingCategory category, String quote) {
        return new Evidence(turn, category, quote);
    }

    static Evidence blame() {
        return at(2, FindingCategory.BLAME, "you should have read the email");
    }

    static Evidence acknowledgement() {
        return at(1, FindingCategory.ACKNOWLEDGEMENT, "I can hear this cost you a whole week");
    }

    static Evidence reactive(int turn) {
        return at(turn, FindingCategory.REACTIVE, "calm down");
    }

    static Evidence nextStep() {
        return at(4, FindingCategory.NEXT_STEP, "I will email you by 3pm today");
    }
}
