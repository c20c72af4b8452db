package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.MeaningMatch;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
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

    /**
     * Returns the problem a line is read as by its nearest coached lines, if it is one the critique takes from
     * them: asking again needs the conversation, which neighbouring lines do not know, and a joke or an aside is
     * only a problem at a bad moment.
     *
     * A line that says honestly what it cannot know or promise is not a guess, false hope or an over-promise,
     * however close it sits to lines that are: "I don't know yet why the payment isn't showing" neighbours guesses
     * about payments.
     *
     * @param match one category the nearest coached lines carry
     * @param content what the line says
     * @param badMomentForAside whether a joke or a side topic would hurt now
     */
    public static Optional<FindingCategory> ofLikeCoached(
            MeaningMatch match, Content content, boolean badMomentForAside) {
        boolean honest = content.has(ActKind.HONEST_LIMIT);
        return FindingCategory.byId(match.family())
                .filter(FindingCategory::isProblem)
                .filter(c -> c != FindingCategory.REASK && (c != FindingCategory.TANGENT || badMomentForAside))
                .filter(c -> !honest || !FORECASTS.contains(c));
    }

    private static final java.util.Set<FindingCategory> FORECASTS =
            java.util.EnumSet.of(FindingCategory.GUESSING, FindingCategory.FALSE_HOPE, FindingCategory.OVER_PROMISE);
}
