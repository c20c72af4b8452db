package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Reaction;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.BareAcknowledgement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line earns credit for: a strength stands only where no problem spoils it. A line that gives ground or
 * attacks earns none, words flagged as a problem are not praised as well, and a move that set this person off is
 * no strength where it did. A next step said in everyday typing that the phrase rules missed is credited here.
 */
final class Credits {
    /** Problems that make a line hostile or give ground: such a line earns no credit, whatever else it does. */
    private static final Set<FindingCategory> SPOILING = EnumSet.of(
            FindingCategory.CONCESSION,
            FindingCategory.SARCASM,
            FindingCategory.ACCUSATION,
            FindingCategory.REACTIVE,
            FindingCategory.BLAME,
            FindingCategory.DISMISSAL,
            FindingCategory.CONDESCENSION);

    /**
     * The strengths that flagged words inside them spoil: saying their side back, and an open question ("wait,
     * what do you mean by that?" hands the work back to them and is not praised as a question that gets the facts).
     */
    private static final Set<FindingCategory> SPOILT_BY_FLAGGED_WORDS = EnumSet.of(
            FindingCategory.PARAPHRASE,
            FindingCategory.ACKNOWLEDGEMENT,
            FindingCategory.EMPATHY,
            FindingCategory.OPEN_QUESTION);

    private Credits() {}

    /**
     * Withdraws the credit the lines do not earn: a strength in words flagged as a problem, a summary that says
     * nothing of theirs back, anything in a line that gives ground or attacks, small talk taken for a question, and a
     * move that set this person off. Returns the lines that earn no credit at all.
     */
    static Set<Integer> withdrawUnearned(RunView run, List<Turn> learner, List<Finding> findings) {
        // Words flagged as a problem are not praised as well: "sorry sorry" is an over-apology, its "sorry" no empathy.
        // A problem read in the whole line leaves the line's strengths alone.
        findings.removeIf(f -> !f.isProblem()
                && findings.stream()
                        .anyMatch(p -> p.isProblem()
                                && p.turn() == f.turn()
                                && !p.quote().equals(f.quote())
                                && p.quote().contains(f.quote())
                                && learner.stream()
                                        .noneMatch(t -> t.number() == p.turn()
                                                && t.text()
                                                        .strip()
                                                        .equals(p.quote().strip()))));
        // Nor is a summary or an acknowledgement that carries flagged words neutral: "ok so its TT-90417, the courier
        // messed up tbh not us" says the order back and passes the blame in the same breath.
        findings.removeIf(f -> SPOILT_BY_FLAGGED_WORDS.contains(f.category())
                && findings.stream()
                        .anyMatch(p -> p.isProblem()
                                && p.turn() == f.turn()
                                && !p.quote().equals(f.quote())
                                && f.quote().contains(p.quote())));
        // "ok i hear you." says nothing of theirs back: a nod, not a summary.
        findings.removeIf(
                f -> f.category() == FindingCategory.PARAPHRASE && !BareAcknowledgement.saysSomethingBack(f.quote()));
        // Nor is a line that only nods ("I hear you.") an acknowledgement of the impact: it names nothing that happened
        // to them, and the other person is not calmed by it either.
        findings.removeIf(f -> f.category() == FindingCategory.ACKNOWLEDGEMENT
                && learner.stream()
                        .anyMatch(t -> t.number() == f.turn() && !BareAcknowledgement.saysSomethingBack(t.text())));
        Set<Integer> spoilt = spoiltTurns(findings);
        findings.removeIf(f -> !f.isProblem() && spoilt.contains(f.turn()));
        // "How was your weekend?" is manners or a change of subject, not an open question about the matter.
        findings.removeIf(f -> f.category() == FindingCategory.OPEN_QUESTION
                && run.content(f.turn())
                        .filter(c -> c.has(ActKind.TANGENT) || c.has(ActKind.JOKE))
                        .isPresent());
        // A move this person is set off by is no strength where it set them off: Graham, who opened demanding a
        // manager, heard "how can i help you today?" as being made to start from scratch.
        findings.removeIf(f -> !f.isProblem() && setThemOff(run.practice(), f));
        return spoilt;
    }

    private static Set<Integer> spoiltTurns(List<Finding> findings) {
        Set<Integer> turns = new HashSet<>();
        findings.stream().filter(f -> SPOILING.contains(f.category())).forEach(f -> turns.add(f.turn()));
        return turns;
    }

    /** Credits a next step the phrase rules missed: a commitment with a when, said in everyday typing. */
    static void nextSteps(RunView run, List<Turn> learner, Set<Integer> spoilt, List<Finding> findings) {
        for (Turn turn : learner) {
            if (spoilt.contains(turn.number())
                    || Findings.already(findings, turn.number(), FindingCategory.NEXT_STEP)) {
                continue;
            }
            nextStepIn(run, turn, findings)
                    .ifPresent(quote -> findings.add(new Finding(
                            turn.number(),
                            quote,
                            FindingCategory.NEXT_STEP,
                            FindingCategory.NEXT_STEP.why(),
                            Optional.empty())));
        }
    }

    /** Returns the words of a turn that set a next step, if it does: the analysis's, or a dated commitment. */
    private static Optional<String> nextStepIn(RunView run, Turn turn, List<Finding> findings) {
        UtteranceAnalysis analysis = turn.analysis().orElseThrow();
        Optional<String> move = analysis.moves().stream()
                .filter(m -> m.move() == Move.NEXT_STEP)
                .map(MoveEvidence::quote)
                .findFirst();
        if (move.isPresent()) {
            return move;
        }
        boolean risky = findings.stream()
                .anyMatch(f -> f.turn() == turn.number()
                        && (f.category() == FindingCategory.OVER_PROMISE
                                || f.category() == FindingCategory.GUESSING
                                || f.category() == FindingCategory.FALSE_HOPE));
        if (risky) {
            return Optional.empty();
        }
        String spelled = CueMatch.spelledOut(turn.text());
        if (!spelled.equals(turn.text()) && run.analyse(spelled, turn.number()).has(Move.NEXT_STEP)) {
            return Optional.of(turn.text());
        }
        Optional<String> committed = said(run, turn, Move.PROMISE, ActKind.PROMISE).stream()
                .filter(q -> !LineFacts.of(q, run.scenario()).isEmpty())
                .findFirst();
        if (committed.isPresent()) {
            return committed;
        }
        // An offer with a date on it is a next step too: "i can hand over to Leah with a full handover doc by the
        // 28th" says what happens and by when, though it is worded as what I can do rather than what I will.
        List<String> offers = said(run, turn, Move.OFFER_OPTION, ActKind.OFFER);
        return offers.stream()
                .map(q -> sentenceHolding(turn.text(), q))
                .filter(s -> DEADLINE.matcher(s).find())
                .findFirst();
    }

    /** Returns whether the reply to a finding's turn was angrier for a trigger of theirs on that very move. */
    private static boolean setThemOff(Practice practice, Finding f) {
        List<Reaction> triggers = new ArrayList<>(practice.scenario().persona().triggers());
        practice.version().ifPresent(v -> triggers.addAll(v.extraTriggers()));
        Set<String> notes = triggers.stream()
                .filter(r -> r.on().equals(f.category().id()))
                .map(Reaction::note)
                .collect(java.util.stream.Collectors.toSet());
        if (notes.isEmpty()) {
            return false;
        }
        return practice.turns().stream()
                .filter(t -> t.number() > f.turn() && t.speaker() == Speaker.COUNTERPART)
                .findFirst()
                .flatMap(Turn::state)
                .filter(state -> notes.stream().anyMatch(state::angeredBy))
                .isPresent();
    }

    /** Returns the words of a turn that the analysis reads as this move and the content reading as this act. */
    private static List<String> said(RunView run, Turn turn, Move move, ActKind act) {
        List<String> quotes = new ArrayList<>();
        turn.analysis().orElseThrow().moves().stream()
                .filter(m -> m.move() == move)
                .map(MoveEvidence::quote)
                .forEach(quotes::add);
        run.content(turn.number()).stream()
                .flatMap(c -> c.all(act).stream())
                .map(Act::quote)
                .forEach(quotes::add);
        return quotes;
    }

    /** By when something happens: "by the 28th", "before Friday", "by 2pm tomorrow", "today". */
    private static final Pattern DEADLINE =
            Pattern.compile("(?i)\\b(?:(?:by|before|until|on)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?"
                    + "(?:\\d|next\\b|this\\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|today|tonight|tomorrow)");

    /** Returns the sentence of the line that holds these words, or the words themselves. */
    private static String sentenceHolding(String line, String words) {
        int at = words.isBlank() ? -1 : line.indexOf(words);
        if (at < 0) {
            return words;
        }
        Span sentence = Rewriter.sentenceAround(line, new Span(at, at + words.length()));
        return line.substring(sentence.start(), sentence.end()).strip();
    }
}
