package dev.spar.simulation;

import dev.spar.scenario.Scenario;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether what the learner offers or promises gives away what their own brief says they must not ("okay, I
 * can stay until the launch" from a freelancer whose line is "no staying on past the notice period"): that is ground
 * given, taken and pressed on by the other person, not an option of the learner's to weigh or turn down ("Stay until
 * the launch? That's not what I asked for").
 */
final class Granting {
    /** Words of a line not to cross that say nothing of what it is: "no", "anyone", "else". */
    private static final Set<String> NOT_WHAT = Set.of("no", "anyone", "else", "before", "after", "past", "any");

    /**
     * What each line the learner must not cross is about: the stem of its first word that says what ("stay" of "no
     * staying on past the notice period", "new" of "no new work before...").
     */
    private final List<String> lines;

    /** The options the learner may offer, by the stems of their words: one of these is an offer, not ground given. */
    private final List<Set<String>> options;

    Granting(Scenario scenario) {
        this.options = scenario.decisionMap().map(m -> m.mayOffer()).orElse(List.of()).stream()
                .map(option -> stems(Wording.contentWords(option)))
                .toList();
        // In a support call what the agent gives is the company's to give, and taken as an offer; between two parties
        // to a deal, a friendship or a family, a line given away is ground the other side pockets.
        this.lines = scenario.category() == Scenario.Category.CUSTOMER_SERVICE
                ? List.of()
                : scenario.decisionMap().map(m -> m.linesNotToCross()).orElse(List.of()).stream()
                        .map(line -> stems(Wording.contentWords(line)))
                        .filter(words -> !words.isEmpty())
                        .map(words -> words.iterator().next())
                        .toList();
    }

    /** Returns the offer or promise of the line that crosses one of the learner's lines, if any. */
    Optional<Act> granted(Content content) {
        if (lines.isEmpty() || content.side() != Side.LEARNER || content.has(ActKind.GIVE_GROUND)) {
            return Optional.empty();
        }
        List<Act> given = new ArrayList<>(content.offersOfSomething());
        given.addAll(content.all(ActKind.PROMISE));
        for (Act offer : given) {
            Set<String> words = stems(Wording.contentWords(offer.detail()));
            boolean anOption = options.stream()
                    .anyMatch(o -> o.stream().filter(words::contains).count() >= 2);
            if (!anOption && lines.stream().anyMatch(words::contains)) {
                return Optional.of(offer);
            }
        }
        return Optional.empty();
    }

    /** The first four letters of each word that says what, once each: "staying" and "stay" are one. */
    private static Set<String> stems(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words) {
            if (!NOT_WHAT.contains(word) && word.length() >= 3) {
                out.add(word.length() > 4 ? word.substring(0, 4) : word);
            }
        }
        return out;
    }

    /**
     * Returns the line read with what gives their line away as ground given: an offer is no longer an option on the
     * table; a promise stays one, to be held to.
     */
    static Content asGroundGiven(Content content, Act offer) {
        List<Act> acts = new ArrayList<>();
        Act ground = new Act(
                ActKind.GIVE_GROUND, offer.span(), offer.quote(), offer.topic(), offer.detail(), offer.source());
        for (Act act : content.acts()) {
            if (act == offer) {
                acts.add(ground);
                if (act.kind() == ActKind.PROMISE) {
                    acts.add(act);
                }
            } else {
                acts.add(act);
            }
        }
        return new Content(content.text(), content.side(), List.copyOf(acts), content.likeCoached());
    }
}
