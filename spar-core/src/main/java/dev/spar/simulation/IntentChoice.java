package dev.spar.simulation;

import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Decides what the counterpart means to do with its reply (answer, push back, turn an offer down, accept,
 * soften, throw a curveball, threaten to escalate) and when and how the conversation ends; then the phase the
 * conversation is in.
 */
final class IntentChoice {
    private final Scenario scenario;
    private final PracticeSettings settings;
    private final Temperament temperament;
    private final RandomGenerator random;
    private final Standing standing;
    private final OfferReaction offers;
    private boolean escalated;

    IntentChoice(
            Scenario scenario,
            PracticeSettings settings,
            Temperament temperament,
            RandomGenerator random,
            Standing standing,
            OfferReaction offers) {
        this.scenario = scenario;
        this.settings = settings;
        this.temperament = temperament;
        this.random = random;
        this.standing = standing;
        this.offers = offers;
    }

    /**
     * Returns what the counterpart does next, in order: ends the conversation when it is done, threatens to
     * escalate when a failure pushed them there, pushes back on what inflamed or stung, turns the first offer
     * down or takes one, answers what was asked, throws a curveball, softens, vents or demands.
     *
     * @param topicAsked the topic the line asks about that they can answer, if any
     * @param brokenPromise whether the line walked back a promise
     * @param angerChange how much this line moved their anger
     */
    Intent choose(
            UtteranceAnalysis said,
            Set<String> ids,
            Content content,
            Optional<Act> sting,
            Optional<String> topicAsked,
            boolean brokenPromise,
            double angerChange) {
        if (offers.accepted()) {
            if (!MoveIds.inflames(ids)) {
                return standing.end(Outcome.RESOLVED);
            }
            offers.unaccept();
        }
        boolean failedEnough = standing.failures >= temperament.failuresBeforeLeaving();
        // Someone calm who trusts where this is going does not walk out because the clock ran down: they press to
        // finish. Walking away follows failure.
        boolean settling = standing.anger < temperament.acceptBelow() && standing.trust >= temperament.trustNeeded();
        // Nor do they leave on a line that calmed them, however little patience is left: the last straw is a line that
        // failed them or set them off, and did not calm them.
        boolean lastStraw = angerChange >= 0 && (standing.failedThisTurn || angerChange > 0);
        if (standing.patience <= 0 && failedEnough && !settling && lastStraw) {
            return standing.end(standing.anger >= 60 ? escalatedOrLeft() : Outcome.WALKED_AWAY);
        }
        if (standing.learnerTurns >= Counterpart.MAX_LEARNER_TURNS) {
            return standing.end(
                    standing.anger < temperament.acceptBelow() + 10 ? Outcome.RESOLVED : Outcome.WALKED_AWAY);
        }
        // Anger alone does not end it: they threaten to go over the learner's head when a failure pushed them
        // there, and carry it out only after several.
        if (standing.anger >= temperament.escalateAt() && (standing.failedThisTurn || angerChange > 0)) {
            // A plain question about their own situation gets its answer, curtly, unless this line made it worse by
            // more than asking: a person set off by questions still says when their line went dead.
            if (topicAsked.isPresent() && (!standing.failedThisTurn || standing.failedOnlyByAsking)) {
                return Intent.ANSWER;
            }
            if (escalated && failedEnough && lastStraw) {
                return standing.end(escalatedOrLeft());
            }
            if (!escalated) {
                escalated = true;
                return Intent.ESCALATE;
            }
            return Intent.CHALLENGE;
        }
        if (brokenPromise) {
            return Intent.CHALLENGE;
        }
        if (MoveIds.inflames(ids)) {
            return Intent.CHALLENGE;
        }
        if (sting.isPresent()) {
            // Ground given away is taken, and pressed on unless it came with a question they can answer at
            // once ("fine, I'll skip the checks, what's the account?"); what stings is pushed back on.
            if (sting.get().kind() != ActKind.GIVE_GROUND) {
                return Intent.CHALLENGE;
            }
            return topicAsked.isPresent() ? Intent.ANSWER : Intent.DEMAND;
        }
        if (MoveIds.weak(ids) && random.nextDouble() < temperament.pushBack()) {
            return Intent.CHALLENGE;
        }
        if (!standing.opened && scenario.opener() == Scenario.Opener.LEARNER && standing.learnerTurns == 1) {
            standing.opened = true;
            // A first line that already says what the learner came to say ("I've decided to end our contract") is
            // news heard, not a greeting to return: they react to it rather than ask what it is about.
            return statesTheirPoint(content) ? Intent.VENT : Intent.OPEN;
        }
        // A request put as a question ("could you text first?") is on the table as an offer is.
        // Help offered with nothing in particular to take ("I can help with that. Before I do, can I ask...") is no
        // offer to turn down: what comes with it is what they react to.
        boolean offered =
                (!content.offersOnlyHelp() && (ids.contains(Move.OFFER_OPTION.id()) || content.has(ActKind.OFFER)))
                        || offers.requested();
        // A question about their situation that only sounds like an offer ("so I can check it"), or comes after help
        // offered with nothing in particular to take ("I can help with that. What are you paying now?"), is
        // answered first.
        boolean answerFirst = topicAsked.isPresent() && !content.offersSomething() && !offers.requested();
        if (offers.turnedDownFirst(offered, answerFirst)) {
            return Intent.REJECT_OPTION;
        }
        // A request is taken up or pushed back on, not met with what they have to say on its topic ("could you stop
        // commenting in front of Maya?" is not answered with "I was only saying what I'd noticed").
        if (topicAsked.isPresent() && !offers.requested()) {
            return Intent.ANSWER;
        }
        boolean surpriseInterrupt = settings.surpriseMe() && random.nextDouble() < 0.3;
        // A question that also puts something on the table is answered by reacting to the offer.
        boolean asked = said.moves().stream().anyMatch(m -> m.move().isQuestion())
                && !content.offersSomething()
                && !offers.requested();
        if (asked && !surpriseInterrupt) {
            return Intent.ANSWER;
        }
        // Something put on the table is reacted to: a curveball then would leave the offer hanging.
        if (standing.learnerTurns >= 2
                && !offered
                && (surpriseInterrupt || random.nextDouble() < temperament.curveballRate())) {
            return Intent.CURVEBALL;
        }
        if (offers.taken(ids)) {
            return Intent.ACCEPT;
        }
        if (angerChange <= -6) {
            return Intent.SOFTEN;
        }
        // A request they are not ready to take is weighed out loud: warmly when they are calm, else pushed back on
        // (and asked again, weighed again).
        if (offers.requested()) {
            if (standing.anger < 45) {
                return Intent.SOFTEN;
            }
            offers.pushedBack();
            return Intent.REJECT_OPTION;
        }
        if (asked) {
            return Intent.ANSWER;
        }
        return standing.anger >= 55 && !standing.acknowledged ? Intent.VENT : Intent.DEMAND;
    }

    /**
     * Returns whether a line makes one of the points the learner came to make: by a cue of two words or more ("end
     * our contract"), or by two of its one-word cues ("move", "out"); one word alone, or their own name ("Sam"), is
     * a greeting or a topic raised, not the point made.
     */
    private boolean statesTheirPoint(Content content) {
        String text = content.text();
        String name = scenario.persona().name().toLowerCase(Locale.ROOT);
        for (KeyPoint point : scenario.learner().keyPoints()) {
            long words = 0;
            for (String cue : point.cues()) {
                String c = cue.strip().toLowerCase(Locale.ROOT);
                if (c.isEmpty() || name.contains(c) || !Cues.mentions(text, c)) {
                    continue;
                }
                if (c.contains(" ") || ++words >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns how an angry ending goes: a customer, a client or a colleague takes it over the learner's head; a
     * friend or a mother-in-law has nobody to ask for, and leaves.
     */
    private Outcome escalatedOrLeft() {
        return scenario.category() == Scenario.Category.PERSONAL ? Outcome.WALKED_AWAY : Outcome.ESCALATED;
    }

    /** Moves the conversation on to its next phase after the reply: exploring, negotiating, closing or ended. */
    void updatePhase(Set<String> ids) {
        if (standing.outcome.isFinal()) {
            standing.phase = Phase.ENDED;
        } else if (offers.accepted()) {
            standing.phase = Phase.CLOSING;
        } else if (offers.seen() || ids.contains(Move.OFFER_OPTION.id())) {
            standing.phase = Phase.NEGOTIATING;
        } else if (standing.acknowledged || standing.anger < 45) {
            standing.phase = Phase.EXPLORING;
        }
    }
}
