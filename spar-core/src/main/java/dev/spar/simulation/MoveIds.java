package dev.spar.simulation;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a learner's line did, as the move and habit ids the persona's triggers and the authored lines are
 * keyed on, and whether those ids inflame or merely show weakness.
 */
final class MoveIds {
    private MoveIds() {}

    /** Returns the ids of the moves and habits the analyser read in a line, each habit with its equivalent move. */
    static Set<String> of(UtteranceAnalysis said) {
        Set<String> ids = new LinkedHashSet<>();
        said.moves().forEach(m -> ids.add(m.move().id()));
        said.flags().forEach(f -> {
            ids.add(f.category().id());
            equivalentMove(f.category()).ifPresent(m -> ids.add(m.id()));
        });
        return ids;
    }

    /**
     * Returns the move and habit ids a line's content amounts to, so the persona's triggers and the lines
     * authored for them answer it too: ground given away is a concession; an accusation is one by its own id.
     */
    static Set<String> of(Content content) {
        Set<String> ids = new LinkedHashSet<>();
        if (content.has(ActKind.GIVE_GROUND)) {
            ids.add(Move.CONCEDE.id());
            ids.add(FindingCategory.CONCESSION.id());
        }
        if (content.has(ActKind.ACCUSE)) {
            // Its own id, not blame's: lines authored for blame answer a particular blame ("Ordered earlier?"),
            // which would be a reply to something the learner never said.
            ids.add(FindingCategory.ACCUSATION.id());
        }
        return ids;
    }

    /** Returns the move a habit the analyser may report without the matching move amounts to. */
    static Optional<Move> equivalentMove(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> Optional.of(Move.DISMISS);
            case BLAME -> Optional.of(Move.BLAME);
            case CONDESCENSION -> Optional.of(Move.CONDESCEND);
            case HEDGING -> Optional.of(Move.HEDGE);
            case OVER_EXPLAINING -> Optional.of(Move.OVER_EXPLAIN);
            case CONCESSION -> Optional.of(Move.CONCEDE);
            case POLICY_FIRST -> Optional.of(Move.CITE_POLICY);
            case ACKNOWLEDGEMENT -> Optional.of(Move.ACKNOWLEDGE);
            case PARAPHRASE -> Optional.of(Move.PARAPHRASE);
            case NEXT_STEP -> Optional.of(Move.NEXT_STEP);
            case BOUNDARY -> Optional.of(Move.BOUNDARY);
            case CLOSING_CHECK -> Optional.of(Move.CLOSING_CHECK);
            default -> Optional.empty();
        };
    }

    /** Whether a line did something that is pushed back on whatever else it did: a dismissal, blame, a rule first... */
    static boolean inflames(Set<String> ids) {
        return ids.contains(Move.DISMISS.id())
                || ids.contains(Move.BLAME.id())
                || ids.contains(Move.CONDESCEND.id())
                || ids.contains(FindingCategory.POLICY_FIRST.id())
                || ids.contains(FindingCategory.REACTIVE.id())
                || ids.contains(FindingCategory.JUDGEMENTAL_FRAMING.id())
                || ids.contains(FindingCategory.CANNED_EMPATHY.id());
    }

    /** Whether a line is weak enough for a good arguer to pick at, without being offensive. */
    static boolean weak(Set<String> ids) {
        return ids.contains(Move.HEDGE.id())
                || ids.contains(Move.OVER_EXPLAIN.id())
                || ids.contains(Move.CONCEDE.id())
                || ids.contains(FindingCategory.GUESSING.id())
                || ids.contains(FindingCategory.OVER_APOLOGY.id());
    }

    /** Returns the words the analyser quoted for a move, or "" when the line did not make it. */
    static String quoteOf(UtteranceAnalysis said, Move move) {
        return said.moves().stream()
                .filter(m -> m.move() == move)
                .map(MoveEvidence::quote)
                .findFirst()
                .orElse("");
    }
}
