package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.simulation.Turn;
import dev.spar.understanding.Act;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings read in one line at a time: what the phrase rules flag in its words, what the content reading finds
 * it saying (giving ground, sarcasm, asking again...), and what a coach flagged on the example lines closest to it.
 * Each problem gets a rewrite of the line when one can be made well ({@link Rewriter}); a later reading names a
 * problem only where an earlier one has not already named it on that line.
 */
final class LineFindings {
    private LineFindings() {}

    /** Flags what the phrase rules found in each line's words, defending and scolding as heat (see asHeat). */
    static void phrases(RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            UtteranceAnalysis analysis = turn.analysis().orElseThrow();
            for (Flag said : analysis.flags()) {
                Optional<Flag> asHeat = asHeat(said, analysis.flags());
                if (asHeat.isEmpty()
                        || Findings.already(
                                findings, turn.number(), asHeat.get().category())) {
                    continue;
                }
                Flag flag = asHeat.get();
                Optional<String> rewrite = Optional.empty();
                // Defending oneself keeps its own reason: it says why this kind of heat costs the learner.
                String why = (said.category() == FindingCategory.DEFENSIVE ? said : flag)
                        .category()
                        .why();
                if (flag.category().isProblem()) {
                    // Our own words for the kind of talk come first: the analysis's example lines can carry a
                    // situation of their own ("the feature stopped working after the update").
                    List<String> alternatives = new ArrayList<>();
                    Phrasings.alternative(flag.category(), run.kind()).ifPresent(alternatives::add);
                    Rewrites.Advice advice = Rewrites.Advice.of(flag.alternative());
                    if (!flag.alternative().isBlank()) {
                        alternatives.add(advice.replacement());
                    }
                    rewrite = rewriter.rewrite(turn, flag.span(), flag.category(), alternatives);
                    why = advice.tip().isEmpty() ? why : why + " " + advice.tip();
                }
                findings.add(new Finding(turn.number(), flag.quote(), flag.category(), why, rewrite));
            }
        }
    }

    /** Flags what the learner's lines say, where no phrase rule already named the same trouble in that line. */
    static void content(RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            Optional<Content> content = run.content(turn.number());
            if (content.isEmpty()) {
                continue;
            }
            boolean badMoment = run.badMomentForAside(turn.number());
            for (Act act : content.get().acts()) {
                Optional<FindingCategory> category = SoftFailures.of(act.kind(), badMoment);
                // Only the same category counts as named already: a coach flags an accusation that also blames
                // them, or sarcasm that is also reactive, under both names.
                if (category.isEmpty() || Findings.already(findings, turn.number(), category.get())) {
                    continue;
                }
                FindingCategory c = category.get();
                List<String> alternatives = new ArrayList<>();
                String why = c.why();
                if (c == FindingCategory.REASK) {
                    Optional<ConversationMemory.Disclosure> given = act.topic()
                            .flatMap(topic -> run.practice().memory().disclosed(Side.COUNTERPART, topic))
                            .filter(d -> d.turn() < turn.number());
                    if (given.isPresent()) {
                        why = "They gave you that at turn " + given.get().turn() + " (\""
                                + given.get().quote() + "\"). " + why;
                        alternatives.add(usingWhatTheySaid(run, given.get()));
                    }
                }
                Phrasings.alternative(c, run.kind()).ifPresent(alternatives::add);
                Optional<String> rewrite = rewriter.rewrite(turn, act.span(), c, alternatives);
                findings.add(new Finding(turn.number(), act.quote(), c, why, rewrite));
            }
        }
    }

    /**
     * Flags the problems a coach flagged on the example lines closest to a learner's line, where neither a phrase
     * rule nor the content reading named that problem on the line already. The quote is the whole line: the
     * reading is of the line, not of a phrase in it.
     */
    static void likeCoached(RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            Optional<Content> content = run.content(turn.number());
            if (content.isEmpty() || content.get().likeCoached().isEmpty()) {
                continue;
            }
            boolean badMoment = run.badMomentForAside(turn.number());
            String text = turn.text();
            int start = text.length() - text.stripLeading().length();
            Span whole = new Span(start, text.stripTrailing().length());
            for (MeaningMatch match : content.get().likeCoached()) {
                Optional<FindingCategory> category = SoftFailures.ofLikeCoached(match, content.get(), badMoment);
                if (category.isEmpty()
                        || Findings.already(findings, turn.number(), category.get())
                        || whole.end() <= start) {
                    continue;
                }
                FindingCategory c = category.get();
                List<String> alternatives = new ArrayList<>();
                Phrasings.alternative(c, run.kind()).ifPresent(alternatives::add);
                Optional<String> rewrite = rewriter.rewrite(turn, whole, c, alternatives);
                findings.add(new Finding(turn.number(), whole.of(text), c, c.why(), rewrite));
            }
        }
    }

    private static String usingWhatTheySaid(RunView run, ConversationMemory.Disclosure given) {
        Optional<String> value = run.scenario().facts().entrySet().stream()
                .filter(e -> e.getKey().equals(given.topic()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (value.isPresent()) {
            return "You said it's " + value.get() + ", so I'll go with that.";
        }
        String label =
                given.topic().startsWith("answer:") ? "that" : given.topic().replace('_', ' ');
        return "You told me " + label + " already, so I'll work from what you said.";
    }

    /**
     * In practice, telling an upset person how to behave ("there's no need for that attitude") and defending
     * oneself ("I'm trying to help here") are heat answered with heat, and a coach names them so (a defence keeps
     * its own reason); either in the same breath as a retort is part of the one retort, not a second finding. A
     * real conversation's review keeps scolding and defending apart: they are what people rate in support chats.
     */
    private static Optional<Flag> asHeat(Flag flag, List<Flag> line) {
        boolean retort = line.stream().anyMatch(f -> f.category() == FindingCategory.REACTIVE);
        return switch (flag.category()) {
            case DEFENSIVE, SCOLDING ->
                retort
                        ? Optional.empty()
                        : Optional.of(
                                new Flag(FindingCategory.REACTIVE, flag.span(), flag.quote(), flag.alternative()));
            default -> Optional.of(flag);
        };
    }
}
