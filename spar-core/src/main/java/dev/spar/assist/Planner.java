package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.assist.CustomerRead.Style;
import dev.spar.assist.NextMove.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the next moves of the framework from what the rep has done so far (sent lines and the draft) and
 * how the customer comes across.
 */
final class Planner {
    /** How many framework moves to suggest before the stabilising line. */
    private static final int MOVES = 3;

    /** Below this intensity, with no complaint yet, acknowledging is not the first need. */
    static final int ACKNOWLEDGE_FROM = 25;

    /** A latest line this heated needs acknowledging again, even if the rep acknowledged earlier. */
    private static final int ACKNOWLEDGE_AGAIN_FROM = 60;

    private static final List<Step> FOR_RELATIONSHIP = List.of(
            Step.ACKNOWLEDGE, Step.SUMMARISE, Step.ASK, Step.CAN_AND_CANNOT, Step.NEXT_STEP, Step.CLOSING_CHECK);
    private static final List<Step> FOR_TASK = List.of(
            Step.ACKNOWLEDGE, Step.ASK, Step.SUMMARISE, Step.CAN_AND_CANNOT, Step.NEXT_STEP, Step.CLOSING_CHECK);

    private Planner() {}

    /**
     * Returns the next moves, best first, ending with a stabilising line.
     *
     * @param reading the customer so far
     * @param sent the rep's sent lines, analysed, oldest first
     * @param sentSinceCustomer how many of those came after the customer's latest line
     * @param draft the draft, analysed
     */
    static List<NextMove> plan(
            CustomerReader.Reading reading,
            List<UtteranceAnalysis> sent,
            int sentSinceCustomer,
            UtteranceAnalysis draft) {
        CustomerRead customer = reading.read();
        CustomerWords words = reading.words();
        List<UtteranceAnalysis> all = new ArrayList<>(sent);
        all.add(draft);
        List<UtteranceAnalysis> sinceCustomer = all.subList(all.size() - 1 - sentSinceCustomer, all.size());
        Set<Step> done = done(all);
        Set<Step> doneNow = done(sinceCustomer);
        int lastLine = reading.lastLine().map(LineSignals::intensity).orElse(0);
        boolean silent = reading.lastLine().isEmpty();

        List<NextMove> moves = new ArrayList<>();
        boolean abused = customer.abusive() && !doneNow.contains(Step.BOUNDARY);
        if (abused) {
            moves.add(new NextMove(
                    Step.BOUNDARY,
                    "They are insulting you. Name the line once, calmly, and keep helping: it keeps the conversation"
                            + " workable.",
                    Phrasings.boundary(words)));
        }
        List<Fact> toAsk = reading.missing().stream()
                .filter(f -> !reading.askedOfThem().contains(f))
                .toList();
        List<Step> order = customer.style() == Style.TASK ? FOR_TASK : FOR_RELATIONSHIP;
        for (Step step : order) {
            if (moves.size() >= MOVES) {
                break;
            }
            boolean needed =
                    switch (step) {
                        case ACKNOWLEDGE -> {
                            boolean upset = customer.intensity() >= ACKNOWLEDGE_FROM
                                    || words.complaint().isPresent();
                            boolean again = lastLine >= ACKNOWLEDGE_AGAIN_FROM && !doneNow.contains(Step.ACKNOWLEDGE);
                            yield !silent && upset && (!done.contains(Step.ACKNOWLEDGE) || again);
                        }
                        case SUMMARISE -> !silent && !done.contains(Step.SUMMARISE);
                        case ASK -> !toAsk.isEmpty() && !doneNow.contains(Step.ASK);
                        case CAN_AND_CANNOT -> !silent && !done.contains(Step.CAN_AND_CANNOT);
                        case NEXT_STEP -> !silent && !done.contains(Step.NEXT_STEP);
                        case CLOSING_CHECK -> done.contains(Step.NEXT_STEP) && !done.contains(Step.CLOSING_CHECK);
                        case BOUNDARY, STABILISE -> false;
                    };
            if (needed) {
                moves.add(move(step, reading, toAsk));
            }
        }
        if (moves.isEmpty()) {
            moves.add(move(Step.CLOSING_CHECK, reading, toAsk));
        }
        moves.add(new NextMove(
                Step.STABILISE,
                "If you need a second to think or check, say so instead of guessing.",
                Phrasings.stabilise(customer.personal() || customer.intensity() >= ACKNOWLEDGE_AGAIN_FROM)));
        return moves;
    }

    private static NextMove move(Step step, CustomerReader.Reading reading, List<Fact> toAsk) {
        CustomerRead c = reading.read();
        CustomerWords w = reading.words();
        return switch (step) {
            case ACKNOWLEDGE ->
                new NextMove(
                        step,
                        (c.intensity() >= ACKNOWLEDGE_AGAIN_FROM
                                        ? "They are very upset (" + c.intensity() + "/100). "
                                        : "")
                                + "Name what this has cost them before solving, so they know you heard them."
                                + (c.style() == Style.TASK ? " Keep it to one line: they want the fix." : ""),
                        Phrasings.acknowledge(w, c.style()));
            case SUMMARISE ->
                new NextMove(
                        step,
                        "Say their problem back in neutral words, so they can correct you and stop repeating it.",
                        Phrasings.summarise(w, c.style()));
            case ASK -> {
                Fact fact = toAsk.isEmpty() ? Fact.WHAT_HAPPENED : toAsk.getFirst();
                yield new NextMove(
                        step,
                        "Still missing: " + fact.description() + ". Ask one question at a time.",
                        Phrasings.ask(fact, w, c.style()));
            }
            case CAN_AND_CANNOT ->
                new NextMove(
                        step,
                        c.asks().isEmpty()
                                ? "Be clear about what is possible before promising anything."
                                : "They asked for " + c.asks().getFirst() + ". Say plainly what you can do and what you"
                                        + " can't, before they have to push.",
                        Phrasings.canAndCannot(w));
            case NEXT_STEP ->
                new NextMove(
                        step,
                        "Give them something concrete to hold on to: who does what, by when.",
                        Phrasings.nextStep(w));
            case CLOSING_CHECK ->
                new NextMove(
                        step,
                        "Check nothing is left before you close, or it comes back later.",
                        Phrasings.closingCheck(w, c.style()));
            case BOUNDARY -> new NextMove(step, "Keep it workable.", Phrasings.boundary(w));
            case STABILISE -> new NextMove(step, "Buy a moment.", Phrasings.stabilise(false));
        };
    }

    /** The framework moves these lines make. */
    static Set<Step> done(List<UtteranceAnalysis> lines) {
        Set<Step> done = EnumSet.noneOf(Step.class);
        for (UtteranceAnalysis a : lines) {
            if (a.has(FindingCategory.ACKNOWLEDGEMENT) || a.has(FindingCategory.EMPATHY) || a.has(Move.ACKNOWLEDGE)) {
                done.add(Step.ACKNOWLEDGE);
            }
            if (a.has(Move.PARAPHRASE)) {
                done.add(Step.SUMMARISE);
            }
            if (a.has(Move.OPEN_QUESTION) || a.has(Move.CLOSED_QUESTION) || a.has(Move.VERIFY)) {
                done.add(Step.ASK);
            }
            if (a.has(Move.STATE_LIMIT) || a.has(Move.OFFER_OPTION)) {
                done.add(Step.CAN_AND_CANNOT);
            }
            if (a.has(Move.NEXT_STEP)) {
                done.add(Step.NEXT_STEP);
            }
            if (a.has(Move.CLOSING_CHECK)) {
                done.add(Step.CLOSING_CHECK);
            }
            if (a.has(Move.BOUNDARY) && !a.has(FindingCategory.REACTIVE)) {
                done.add(Step.BOUNDARY);
            }
        }
        return done;
    }
}
