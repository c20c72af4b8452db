package dev.spar.understanding;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;

/**
 * The semantic pass: each sentence the rules left without an act of a family is compared with that
 * family's examples, and a close match adds the act, quoting the whole sentence.
 */
final class MeaningReader {
    private final Meaning meaning;

    MeaningReader(Meaning meaning) {
        this.meaning = meaning;
    }

    void read(Passage passage, List<Act> out) {
        if (meaning == Meaning.NONE) {
            return;
        }
        for (Span sentence : passage.sentences()) {
            String words = sentence.of(passage.text());
            if (words.isBlank()) {
                continue;
            }
            boolean asked = askedByRule(out, sentence);
            for (MeaningMatch match : meaning.match(words)) {
                Optional<ActKind> kind = ActKind.byId(match.family());
                if (kind.isEmpty()
                        || coveredByRule(out, kind.get(), sentence)
                        || (asked && offTopic(kind.get()))
                        || !fitsTheFamily(kind.get(), passage.words(sentence))) {
                    // A question the rules read is not a joke or a change of subject by similarity alone: "what
                    // model is the laptop?" sits near the joke examples, and asking about the matter is on it.
                    continue;
                }
                out.add(new Act(kind.get(), sentence, words, Optional.empty(), "", Act.Source.MEANING));
            }
        }
    }

    /** Returns the problems a coach flagged on the example lines closest to this whole line. */
    List<MeaningMatch> likeCoached(String line) {
        return meaning == Meaning.NONE || line.isBlank() ? List.of() : meaning.likeCoachedLines(line);
    }

    /**
     * Returns whether a sentence the examples place in a family has the shape that family needs, and is not one
     * of its near misses: similarity alone reads "I completely understand how you feel" as an accusation and
     * "that's on us, our courier lost it" as blaming others.
     */
    private static boolean fitsTheFamily(ActKind kind, String words) {
        return switch (kind) {
            case ACCUSE ->
                JabWords.SAYS_WHO_THEY_ARE.matcher(words).find()
                        && !JabWords.NOT_AN_ACCUSATION.matcher(words).find();
            case GIVE_GROUND ->
                GroundWords.SPEAKER_YIELDS.matcher(words).find()
                        && !GroundWords.NOT_A_RETREAT.matcher(words).find();
            case BLAME_OTHERS -> !BlameWords.OWNED.matcher(words).find();
            default -> true;
        };
    }

    private static boolean offTopic(ActKind kind) {
        return kind == ActKind.JOKE || kind == ActKind.TANGENT;
    }

    private static boolean askedByRule(List<Act> acts, Span sentence) {
        return acts.stream()
                .anyMatch(a -> (a.kind() == ActKind.ASK || a.kind() == ActKind.REASK)
                        && a.span().start() >= sentence.start()
                        && a.span().end() <= sentence.end());
    }

    private static boolean coveredByRule(List<Act> acts, ActKind kind, Span sentence) {
        return acts.stream()
                .anyMatch(a -> a.kind() == kind
                        && a.span().start() < sentence.end()
                        && a.span().end() > sentence.start());
    }
}
