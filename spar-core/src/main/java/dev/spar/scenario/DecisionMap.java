package dev.spar.scenario;

import java.util.List;

/**
 * What a customer conversation turns on.
 *
 * @param concern the customer's likely main concern
 * @param knownFacts what the learner knows going in
 * @param factsToFind what the learner still has to ask about
 * @param linesNotToCross what the learner must not do or promise
 * @param mayOffer what the learner is allowed to offer
 */
public record DecisionMap(
        String concern,
        List<String> knownFacts,
        List<String> factsToFind,
        List<String> linesNotToCross,
        List<String> mayOffer) {
    public DecisionMap {
        knownFacts = List.copyOf(knownFacts);
        factsToFind = List.copyOf(factsToFind);
        linesNotToCross = List.copyOf(linesNotToCross);
        mayOffer = List.copyOf(mayOffer);
    }
}
