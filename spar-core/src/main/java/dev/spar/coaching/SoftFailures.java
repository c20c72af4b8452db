package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.understanding.ActKind;
import java.util.Optional;

/** Which content acts of the learner are problems for the critique, and under which category. */
public final class SoftFailures {
    private SoftFailures() {}

    /**
     * Returns the problem an act of the learner's is, if it is one.
     *
     * @param kind what the line does
     * @param badMomentForAside whether a joke or a side topic would hurt now: they are upset or the problem is
     *     still open
     */
    public static Optional<FindingCategory> of(ActKind kind, boolean badMomentForAside) {
        return switch (kind) {
            case GIVE_GROUND -> Optional.of(FindingCategory.CONCESSION);
            case MOCK -> Optional.of(FindingCategory.SARCASM);
            case ACCUSE -> Optional.of(FindingCategory.ACCUSATION);
            case JOKE, TANGENT -> badMomentForAside ? Optional.of(FindingCategory.TANGENT) : Optional.empty();
            case REASK -> Optional.of(FindingCategory.REASK);
            case BLAME_OTHERS -> Optional.of(FindingCategory.BLAMING_OTHERS);
            case FALSE_HOPE -> Optional.of(FindingCategory.FALSE_HOPE);
            case ASK, ANSWER, OFFER, PROMISE, HONEST_LIMIT, ACCEPT, REJECT, REFER_BACK, END -> Optional.empty();
        };
    }
}
