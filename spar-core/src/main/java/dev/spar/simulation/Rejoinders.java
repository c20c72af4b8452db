package dev.spar.simulation;

import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What the counterpart says back to a line that stings or goes nowhere (a jab, sarcasm, a joke, small talk,
 * blame passed on, ground given away): a reply that shows it did not land, in the mood of the moment.
 */
final class Rejoinders {
    /** What stings or does not help, most telling first: the reply answers the first the line makes. */
    static final List<ActKind> STINGS = List.of(
            ActKind.ACCUSE, ActKind.MOCK, ActKind.JOKE, ActKind.TANGENT, ActKind.BLAME_OTHERS, ActKind.GIVE_GROUND);

    private static final int WHAT_WORDS = 6;

    private Rejoinders() {}

    /**
     * Returns a reply to a stinging act, not one said before in this run.
     *
     * @param act what the learner did
     * @param temper the counterpart's mood
     * @param used the lines (templates) already said; the one chosen is added
     */
    static Optional<String> to(Act act, Temper temper, RandomGenerator random, Set<String> used) {
        Map<Temper, List<String>> byTemper = StockLines.REJOINDERS.get(act.kind());
        if (byTemper == null) {
            return Optional.empty();
        }
        String what = whatOf(act);
        List<String> candidates = new ArrayList<>();
        if (act.kind() == ActKind.TANGENT && !act.detail().isBlank()) {
            candidates.addAll(StockLines.TANGENT_ON_A_SUBJECT);
        }
        candidates.addAll(byTemper.get(temper == Temper.CURT ? Temper.CURT : Temper.PLAIN));
        candidates.addAll(byTemper.get(temper == Temper.CURT ? Temper.PLAIN : Temper.CURT));
        List<String> open = candidates.stream()
                .filter(t -> !used.contains(t))
                .filter(t -> !t.toLowerCase(Locale.ROOT).contains("{what}") || !what.isEmpty())
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        // The first open lines fit the mood best; the choice among the two nearest keeps runs varied.
        String chosen = open.get(random.nextInt(Math.min(2, open.size())));
        used.add(chosen);
        return Optional.of(chosen.replace("{What}", Wording.named(what)).replace("{what}", what));
    }

    private static String whatOf(Act act) {
        String source = act.detail().isBlank() ? act.quote() : act.detail();
        String[] words = source.strip().replaceAll("[.!?,;:]+$", "").split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > WHAT_WORDS) {
            return "";
        }
        return String.join(" ", words);
    }
}
