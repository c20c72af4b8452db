package dev.spar.eval;

import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How AnnoMI's annotators tell open from closed questions where Spar's moves do not say: a closing check is a
 * move of its own in Spar (the counterpart winds down on it rather than answering a question), but the
 * annotators judge it by its words, so one that leaves the answer open ("Is there anything else on your mind?",
 * "How does that sound?", "What else would help?") counts as an open question and one that asks for a yes ("Is
 * that all right?") as a closed one.
 */
final class AnnomiSubtypes {

    /** A closing check that leaves the answer to them rather than asking for a yes. */
    private static final Pattern LEAVES_IT_OPEN = Pattern.compile(
            "^\\W*(?:(?:so|and|okay|ok|well|now|alright|right|then)[ ,.!]+)*(?:(?:is|are) there (?:anything|any ?thing"
                    + "|something|any other)|anything|what else|what other|how (?:does|do|did|would) (?:that|this|it|those"
                    + "|they)(?: \\w+)? (?:sound|seem|feel|fit)|what (?:do|did) you think|how are you (?:feeling|doing) about)\\b");

    private AnnomiSubtypes() {}

    /** Reads the kind of the last question asked as AnnoMI's annotators would when it is a closing check. */
    static void refine(UtteranceAnalysis analysis, Set<String> labels) {
        analysis.moves().stream()
                .filter(m -> m.move().isQuestion() || m.move() == Move.CLOSING_CHECK)
                .max(Comparator.comparingInt((MoveEvidence m) -> m.span().start()))
                .filter(m -> m.move() == Move.CLOSING_CHECK)
                .filter(m -> LEAVES_IT_OPEN
                        .matcher(m.quote().toLowerCase(Locale.ROOT))
                        .lookingAt())
                .ifPresent(m -> {
                    labels.remove(LabelMapping.CLOSED_QUESTION);
                    labels.add(LabelMapping.OPEN_QUESTION);
                });
    }
}
