package dev.spar.eval;

import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of Spar's moves count as predicting which dataset label: the one place to tune the comparison.
 *
 * <p>An utterance is predicted to carry a label when its analysis makes any of the label's moves. A label
 * with no moves is one Spar has no move for yet; it is still scored (F1 0) so that the macro-F1 stays
 * comparable across analyzers, and {@link EvalReport#macroF1Mapped()} leaves it out. The {@link #standard()
 * standard} mapping is:
 *
 * <table>
 *   <caption>Standard mapping</caption>
 *   <tr><th>dataset</th><th>label</th><th>predicted by</th></tr>
 *   <tr><td>AnnoMI</td><td>question</td><td>open-question, closed-question, verify</td></tr>
 *   <tr><td>AnnoMI</td><td>open-question *</td><td>open-question, a closing check that leaves the answer open
 *   ({@link AnnomiSubtypes})</td></tr>
 *   <tr><td>AnnoMI</td><td>closed-question *</td><td>closed-question, verify, any other closing check</td></tr>
 *   <tr><td>AnnoMI</td><td>reflection</td><td>paraphrase</td></tr>
 *   <tr><td>AnnoMI</td><td>information</td><td>explain</td></tr>
 *   <tr><td>AnnoMI</td><td>advice</td><td>offer-option</td></tr>
 *   <tr><td>AnnoMI</td><td>options</td><td>offer-option</td></tr>
 *   <tr><td>ESConv</td><td>question</td><td>open-question, closed-question, verify, closing-check (their
 *   annotators count "Is there anything else I can help with?" as a question)</td></tr>
 *   <tr><td>ESConv</td><td>paraphrase</td><td>paraphrase</td></tr>
 *   <tr><td>ESConv</td><td>reflection-of-feelings</td><td>empathise, acknowledge</td></tr>
 *   <tr><td>ESConv</td><td>affirmation</td><td>affirm</td></tr>
 *   <tr><td>ESConv</td><td>suggestion</td><td>advise</td></tr>
 *   <tr><td>ESConv</td><td>information</td><td>explain</td></tr>
 *   <tr><td>ESConv</td><td>self-disclosure</td><td>self-disclose</td></tr>
 *   <tr><td>EPITOME</td><td>emotional-reaction</td><td>empathise (not over a restatement), acknowledge,
 *   apologise, affirm</td></tr>
 *   <tr><td>EPITOME</td><td>interpretation</td><td>paraphrase, empathise</td></tr>
 *   <tr><td>EPITOME</td><td>exploration</td><td>open-question, closed-question</td></tr>
 *   <tr><td>CaSiNo</td><td>showing-empathy</td><td>empathise, acknowledge</td></tr>
 *   <tr><td>CaSiNo</td><td>elicit-pref</td><td>open-question, closed-question, verify</td></tr>
 *   <tr><td>CaSiNo</td><td>self-need</td><td>none yet</td></tr>
 *   <tr><td>CaSiNo</td><td>promote-coordination</td><td>offer-option</td></tr>
 * </table>
 *
 * <p>* AnnoMI's {@code open-question} and {@code closed-question} are the {@code question_subtype}: they are
 * scored only among utterances whose gold labels hold one of them (the gold questions), per label and as an
 * accuracy. Candidates for tuning: {@code next-step} for AnnoMI's {@code options}, {@code cite-policy} for
 * {@code information}, {@code boundary} or {@code state-limit} for CaSiNo's {@code self-need}.
 */
public final class LabelMapping {

    /** AnnoMI and ESConv: the utterance asks a question. */
    public static final String QUESTION = "question";
    /** AnnoMI: the question is open. */
    public static final String OPEN_QUESTION = "open-question";
    /** AnnoMI: the question is closed. */
    public static final String CLOSED_QUESTION = "closed-question";
    /** AnnoMI: the therapist reflects what the client said. */
    public static final String REFLECTION = "reflection";
    /** AnnoMI and ESConv: the speaker gives information. */
    public static final String INFORMATION = "information";
    /** AnnoMI: the therapist gives advice. */
    public static final String ADVICE = "advice";
    /** AnnoMI: the therapist lays out options. */
    public static final String OPTIONS = "options";
    /** AnnoMI: the therapist negotiates (not scored). */
    public static final String NEGOTIATION = "negotiation";
    /** ESConv: Restatement or Paraphrasing. */
    public static final String PARAPHRASE = "paraphrase";
    /** ESConv: Reflection of feelings. */
    public static final String REFLECTION_OF_FEELINGS = "reflection-of-feelings";
    /** ESConv: Affirmation and Reassurance. */
    public static final String AFFIRMATION = "affirmation";
    /** ESConv: Providing Suggestions. */
    public static final String SUGGESTION = "suggestion";
    /** ESConv: Self-disclosure. */
    public static final String SELF_DISCLOSURE = "self-disclosure";
    /** ESConv: Others (not scored). */
    public static final String OTHERS = "others";
    /** EPITOME: Emotional Reactions at level 1 or 2. */
    public static final String EMOTIONAL_REACTION = "emotional-reaction";
    /** EPITOME: Interpretations at level 1 or 2. */
    public static final String INTERPRETATION = "interpretation";
    /** EPITOME: Explorations at level 1 or 2. */
    public static final String EXPLORATION = "exploration";
    /** CaSiNo: showing empathy. */
    public static final String SHOWING_EMPATHY = "showing-empathy";
    /** CaSiNo: eliciting the partner's preferences. */
    public static final String ELICIT_PREF = "elicit-pref";
    /** CaSiNo: stating one's own need. */
    public static final String SELF_NEED = "self-need";
    /** CaSiNo: promoting coordination. */
    public static final String PROMOTE_COORDINATION = "promote-coordination";

    /**
     * A dataset's own reading of the labels Spar's moves predict, applied before one is chosen: for example
     * ESConv keeps "paraphrase" for explicit restatements (see {@link EsconvStrategies}).
     */
    @FunctionalInterface
    public interface Refinement {
        /** Leaves the labels as the moves predict them. */
        Refinement NONE = (analysis, labels) -> {};

        /**
         * Removes from, or adds to, the labels predicted for an analysis.
         *
         * @param analysis the utterance's analysis
         * @param labels the labels its moves predict, to be changed in place
         */
        void refine(UtteranceAnalysis analysis, Set<String> labels);
    }

    /**
     * One scored label and the moves that predict it.
     *
     * @param label the dataset label
     * @param predictedBy the moves any of which predicts it; empty when Spar has no move for it yet
     */
    public record Rule(String label, Set<Move> predictedBy) {
        public Rule {
            Objects.requireNonNull(label, "label");
            predictedBy = Set.copyOf(predictedBy);
        }

        /** Returns whether Spar has a move for this label. */
        public boolean mapped() {
            return !predictedBy.isEmpty();
        }

        /** Returns the move identifiers in declaration order of {@link Move}. */
        public List<String> moveIds() {
            return predictedBy.isEmpty()
                    ? List.of()
                    : EnumSet.copyOf(predictedBy).stream().map(Move::id).toList();
        }
    }

    /**
     * A set of mutually exclusive subtype labels, scored only among examples whose gold labels hold one of
     * them.
     *
     * @param name the name the accuracy is reported under
     * @param labels the subtype labels
     */
    public record SubtypeGroup(String name, List<String> labels) {
        public SubtypeGroup {
            labels = List.copyOf(labels);
        }

        /** Returns whether gold labels put an example in scope for this group. */
        public boolean inScope(Set<String> gold) {
            return labels.stream().anyMatch(gold::contains);
        }

        /** Returns the group's labels among a set of labels. */
        public Set<String> within(Set<String> labels) {
            Set<String> found = new LinkedHashSet<>();
            for (String l : this.labels) {
                if (labels.contains(l)) {
                    found.add(l);
                }
            }
            return found;
        }
    }

    /**
     * The scored labels of one dataset.
     *
     * @param dataset the dataset
     * @param rules the scored labels in report order
     * @param subtypes the subtype group scored among its gold examples only, if any
     * @param singleLabelOrder for a dataset with one label per utterance (ESConv), the order in which a label is
     *     preferred when the analysis predicts several: the more specific strategy first, a question last (a
     *     supporter's turn often ends in a question that is not its main strategy); empty for multi-label datasets
     */
    public record DatasetRules(
            DatasetName dataset,
            List<Rule> rules,
            Optional<SubtypeGroup> subtypes,
            List<String> singleLabelOrder,
            Refinement refinement) {
        public DatasetRules {
            rules = List.copyOf(rules);
            singleLabelOrder = List.copyOf(singleLabelOrder);
            Objects.requireNonNull(refinement, "refinement");
        }

        /** Creates the rules of a dataset with one label per utterance, read from the moves alone. */
        public DatasetRules(
                DatasetName dataset, List<Rule> rules, Optional<SubtypeGroup> subtypes, List<String> singleLabelOrder) {
            this(dataset, rules, subtypes, singleLabelOrder, Refinement.NONE);
        }

        /** Creates the rules of a dataset whose utterances may carry several labels. */
        public DatasetRules(DatasetName dataset, List<Rule> rules, Optional<SubtypeGroup> subtypes) {
            this(dataset, rules, subtypes, List.of());
        }

        /** Returns whether the dataset gives each utterance exactly one label, so one is predicted. */
        public boolean singleLabel() {
            return !singleLabelOrder.isEmpty();
        }

        /** Returns the scored labels in report order. */
        public List<String> labels() {
            return rules.stream().map(Rule::label).toList();
        }

        /**
         * Returns the labels an analysis predicts. Of a subtype group only one label is predicted: the one whose
         * move comes last in the utterance (the question the other person is left to answer).
         */
        public Set<String> predict(UtteranceAnalysis analysis) {
            Set<String> labels = new LinkedHashSet<>();
            for (Rule rule : rules) {
                if (rule.predictedBy().stream().anyMatch(analysis::has)) {
                    labels.add(rule.label());
                }
            }
            subtypes.ifPresent(group -> {
                if (group.within(labels).size() > 1) {
                    String last = lastOf(group, analysis);
                    labels.removeIf(l -> group.labels().contains(l) && !l.equals(last));
                }
            });
            refinement.refine(analysis, labels);
            if (singleLabel()) {
                return singleLabelOrder.stream()
                        .filter(labels::contains)
                        .findFirst()
                        .map(l -> (Set<String>) new LinkedHashSet<>(List.of(l)))
                        .orElseGet(LinkedHashSet::new);
            }
            return labels;
        }

        private String lastOf(SubtypeGroup group, UtteranceAnalysis analysis) {
            String last = "";
            int lastStart = -1;
            for (MoveEvidence m : analysis.moves()) {
                for (Rule rule : rules) {
                    if (group.labels().contains(rule.label())
                            && rule.predictedBy().contains(m.move())
                            && m.span().start() >= lastStart) {
                        last = rule.label();
                        lastStart = m.span().start();
                    }
                }
            }
            return last;
        }

        /** Returns whether an example with these gold labels is scored for this label. */
        public boolean inScope(String label, Set<String> gold) {
            return subtypes.filter(g -> g.labels().contains(label))
                    .map(g -> g.inScope(gold))
                    .orElse(true);
        }
    }

    private static final Set<Move> ASKING =
            EnumSet.of(Move.OPEN_QUESTION, Move.CLOSED_QUESTION, Move.VERIFY, Move.CLOSING_CHECK);
    private static final Set<Move> FEELINGS = EnumSet.of(Move.EMPATHISE, Move.ACKNOWLEDGE);

    private final Map<DatasetName, DatasetRules> byDataset;

    private LabelMapping(Map<DatasetName, DatasetRules> byDataset) {
        this.byDataset = Map.copyOf(byDataset);
    }

    /** Returns the standard mapping in the table above. */
    public static LabelMapping standard() {
        Map<DatasetName, DatasetRules> rules = new EnumMap<>(DatasetName.class);
        rules.put(
                DatasetName.ANNOMI,
                new DatasetRules(
                        DatasetName.ANNOMI,
                        List.of(
                                new Rule(QUESTION, ASKING),
                                new Rule(OPEN_QUESTION, EnumSet.of(Move.OPEN_QUESTION)),
                                new Rule(
                                        CLOSED_QUESTION,
                                        EnumSet.of(Move.CLOSED_QUESTION, Move.VERIFY, Move.CLOSING_CHECK)),
                                new Rule(REFLECTION, EnumSet.of(Move.PARAPHRASE, Move.EMPATHISE)),
                                new Rule(INFORMATION, EnumSet.of(Move.EXPLAIN)),
                                new Rule(ADVICE, EnumSet.of(Move.ADVISE)),
                                new Rule(OPTIONS, EnumSet.of(Move.OFFER_OPTION))),
                        Optional.of(new SubtypeGroup("open-vs-closed", List.of(OPEN_QUESTION, CLOSED_QUESTION))),
                        List.of(),
                        AnnomiSubtypes::refine));
        rules.put(
                DatasetName.ESCONV,
                new DatasetRules(
                        DatasetName.ESCONV,
                        List.of(
                                new Rule(QUESTION, ASKING),
                                new Rule(PARAPHRASE, EnumSet.of(Move.PARAPHRASE)),
                                new Rule(REFLECTION_OF_FEELINGS, FEELINGS),
                                new Rule(AFFIRMATION, EnumSet.of(Move.AFFIRM)),
                                new Rule(SUGGESTION, EnumSet.of(Move.ADVISE)),
                                new Rule(INFORMATION, EnumSet.of(Move.EXPLAIN)),
                                new Rule(SELF_DISCLOSURE, EnumSet.of(Move.SELF_DISCLOSE))),
                        Optional.empty(),
                        List.of(
                                AFFIRMATION,
                                SUGGESTION,
                                SELF_DISCLOSURE,
                                PARAPHRASE,
                                REFLECTION_OF_FEELINGS,
                                INFORMATION,
                                QUESTION),
                        EsconvStrategies::refine));
        rules.put(
                DatasetName.EPITOME,
                new DatasetRules(
                        DatasetName.EPITOME,
                        List.of(
                                new Rule(
                                        EMOTIONAL_REACTION,
                                        EnumSet.of(Move.EMPATHISE, Move.ACKNOWLEDGE, Move.APOLOGISE, Move.AFFIRM)),
                                new Rule(
                                        INTERPRETATION,
                                        EnumSet.of(Move.PARAPHRASE, Move.SELF_DISCLOSE, Move.EMPATHISE)),
                                new Rule(EXPLORATION, EnumSet.of(Move.OPEN_QUESTION, Move.CLOSED_QUESTION))),
                        Optional.empty(),
                        List.of(),
                        EpitomeMechanisms::refine));
        rules.put(
                DatasetName.CASINO,
                new DatasetRules(
                        DatasetName.CASINO,
                        List.of(
                                new Rule(SHOWING_EMPATHY, FEELINGS),
                                new Rule(ELICIT_PREF, EnumSet.of(Move.OPEN_QUESTION)),
                                new Rule(SELF_NEED, EnumSet.of(Move.STATE_NEED)),
                                new Rule(PROMOTE_COORDINATION, EnumSet.of(Move.OFFER_OPTION))),
                        Optional.empty()));
        return new LabelMapping(rules);
    }

    /** Returns the scored labels of a dataset and the moves that predict them. */
    public DatasetRules rules(DatasetName dataset) {
        return byDataset.get(dataset);
    }

    /**
     * Returns a copy of this mapping in which a dataset's label is predicted by other moves.
     *
     * @throws IllegalArgumentException if the dataset has no such scored label
     */
    public LabelMapping with(DatasetName dataset, String label, Set<Move> predictedBy) {
        DatasetRules old = byDataset.get(dataset);
        if (!old.labels().contains(label)) {
            throw new IllegalArgumentException(
                    dataset.title() + " has no scored label \"" + label + "\"; it has " + old.labels());
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : old.rules()) {
            rules.add(r.label().equals(label) ? new Rule(label, predictedBy) : r);
        }
        Map<DatasetName, DatasetRules> copy = new EnumMap<>(byDataset);
        copy.put(dataset, new DatasetRules(dataset, rules, old.subtypes(), old.singleLabelOrder(), old.refinement()));
        return new LabelMapping(copy);
    }
}
