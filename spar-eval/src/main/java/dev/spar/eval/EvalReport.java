package dev.spar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.eval.LabelMapping.DatasetRules;
import dev.spar.eval.LabelMapping.Rule;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scores of one analyzer on one split of one dataset.
 *
 * <p>{@link #toJson()} and {@link #toText(boolean) toText(false)} hold figures only. The misclassified
 * examples quote dataset text, which must not be stored in the project: show them on a terminal with
 * {@link #toText()} and do not write them to files that could be committed.
 *
 * @param dataset the dataset
 * @param split the portion scored
 * @param rules the label mapping used
 * @param utterances how many examples were analysed
 * @param labels the score of each scored label, in report order
 * @param confusions what went wrong per label, in report order
 * @param subtypeAccuracy the open-versus-closed style accuracy, for datasets with a subtype group
 * @param humanAgreement the annotators' agreement next to Spar's, for datasets with multiply-annotated examples
 * @param intervals how far each figure could move on another sample of conversations
 * @param cost what the analysis took
 * @param misclassified a few examples Spar got wrong per label, dataset text truncated
 */
public record EvalReport(
        DatasetName dataset,
        Split split,
        DatasetRules rules,
        int utterances,
        List<LabelScore> labels,
        List<Confusion> confusions,
        Optional<SubtypeAccuracy> subtypeAccuracy,
        Optional<HumanAgreement> humanAgreement,
        Intervals intervals,
        Cost cost,
        List<Misclassified> misclassified) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvalReport {
        labels = List.copyOf(labels);
        confusions = List.copyOf(confusions);
        misclassified = List.copyOf(misclassified);
    }

    /** Returns the mean F1 over all scored labels, including those Spar has no move for. */
    public double macroF1() {
        return labels.stream().mapToDouble(LabelScore::f1).average().orElse(0);
    }

    /** Returns the mean F1 over the scored labels Spar has a move for. */
    public double macroF1Mapped() {
        List<String> mapped =
                rules.rules().stream().filter(Rule::mapped).map(Rule::label).toList();
        return labels.stream()
                .filter(s -> mapped.contains(s.label()))
                .mapToDouble(LabelScore::f1)
                .average()
                .orElse(0);
    }

    /** Returns the scored labels Spar has no move for yet. */
    public List<String> unmappedLabels() {
        return rules.rules().stream().filter(r -> !r.mapped()).map(Rule::label).toList();
    }

    /** Returns the score of a label, if it is scored. */
    public Optional<LabelScore> label(String label) {
        return labels.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** Renders the figures as JSON, without any dataset text. */
    public String toJson() {
        return toJson(false);
    }

    /** Renders the figures as JSON, with the misclassified examples' dataset text if asked. */
    public String toJson(boolean withExamples) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dataset", dataset.id());
        root.put("split", split.id());
        root.put("utterances", utterances);
        ObjectNode labelsNode = root.putObject("labels");
        for (int i = 0; i < labels.size(); i++) {
            LabelScore s = labels.get(i);
            ObjectNode n = labelsNode.putObject(s.label());
            n.put("precision", round(s.precision()));
            n.put("recall", round(s.recall()));
            n.put("f1", round(s.f1()));
            interval(n.putArray("f1_ci95"), intervals.labels().get(i));
            n.put("support", s.support());
        }
        root.put("macro_f1", round(macroF1()));
        interval(root.putArray("macro_f1_ci95"), intervals.macroF1());
        root.put(
                "ci95_method",
                "percentile bootstrap over whole conversations, " + intervals.resamples() + " resamples, fixed seed");
        root.put("macro_f1_mapped", round(macroF1Mapped()));
        ArrayNode unmapped = root.putArray("unmapped_labels");
        unmappedLabels().forEach(unmapped::add);
        subtypeAccuracy.ifPresent(a -> {
            ObjectNode n = root.putObject("accuracy");
            n.put("name", a.name());
            n.put("accuracy", round(a.accuracy()));
            intervals.accuracy().ifPresent(ci -> interval(n.putArray("ci95"), ci));
            n.put("correct", a.correct());
            n.put("total", a.total());
        });
        humanAgreement.ifPresent(h -> {
            ObjectNode n = root.putObject("human_agreement");
            n.put("utterances", h.utterances());
            n.put("annotators", h.annotators());
            n.put("method", "each annotator, and Spar, against the strict majority of the other annotators");
            ObjectNode rows = n.putObject("labels");
            for (HumanAgreement.Row r : h.rows()) {
                ObjectNode row = rows.putObject(r.label());
                row.put("annotator_f1", round(r.annotatorF1()));
                row.put("spar_f1", round(r.sparF1()));
                row.put("support", round(r.support()));
            }
        });
        root.put("ms_per_utterance", round(cost.msPerUtterance()));
        root.put("ns_per_utterance", cost.nanosPerUtterance());
        root.put("p95_ms", round(cost.p95Ms()));
        ObjectNode mapping = root.putObject("mapping");
        for (Rule r : rules.rules()) {
            ArrayNode moves = mapping.putArray(r.label());
            r.moveIds().forEach(moves::add);
        }
        ObjectNode confusion = root.putObject("confusion");
        for (int i = 0; i < labels.size(); i++) {
            LabelScore s = labels.get(i);
            Confusion c = confusions.get(i);
            ObjectNode n = confusion.putObject(s.label());
            n.put("tp", s.truePositives());
            n.put("fp", s.falsePositives());
            n.put("fn", s.falseNegatives());
            n.put("fn_most_often_read_as", c.missedMostOftenAs());
            n.put("fn_most_often_read_as_count", c.missedCount());
            n.put("fp_most_often_gold", c.falseAlarmsMostOftenWere());
            n.put("fp_most_often_gold_count", c.falseAlarmCount());
        }
        if (withExamples) {
            ArrayNode examples = root.putArray("examples");
            for (Misclassified m : misclassified) {
                ObjectNode n = examples.addObject();
                n.put("label", m.label());
                n.put("kind", m.missed() ? "missed" : "false-alarm");
                n.put("id", m.id());
                n.put("utterance", m.utterance());
                n.put("context", m.context());
                m.gold().forEach(n.putArray("gold")::add);
                m.moves().forEach(n.putArray("moves")::add);
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a readable report for a terminal, with misclassified examples. */
    public String toText() {
        return toText(true);
    }

    /** Renders a readable report for a terminal, with the misclassified examples' dataset text if asked. */
    public String toText(boolean withExamples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s, %s split: %d utterances, %.4f ms per utterance (p95 %.4f ms)%n%n",
                dataset.title(),
                split.id(),
                utterances,
                cost.msPerUtterance(),
                cost.p95Ms()));
        int width = Math.max(
                5, labels.stream().mapToInt(s -> s.label().length()).max().orElse(5));
        String row = "%-" + width + "s %6s %6s %6s %13s %7s %5s %5s %5s  %s%n";
        out.append(String.format(
                Locale.ROOT, row, "label", "P", "R", "F1", "F1 95% CI", "support", "TP", "FP", "FN", "predicted by"));
        for (int i = 0; i < labels.size(); i++) {
            LabelScore s = labels.get(i);
            Rule r = rules.rules().get(i);
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    s.label(),
                    fixed(s.precision()),
                    fixed(s.recall()),
                    fixed(s.f1()),
                    range(intervals.labels().get(i)),
                    s.support(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives(),
                    r.mapped() ? String.join("|", r.moveIds()) : "(no Spar move yet: F1 0)"));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nmacro-F1 %s (95%% CI %s) over %d labels",
                fixed(macroF1()),
                range(intervals.macroF1()),
                labels.size()));
        if (!unmappedLabels().isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "; %s over the %d Spar has a move for (no move yet for %s)",
                    fixed(macroF1Mapped()),
                    labels.size() - unmappedLabels().size(),
                    String.join(", ", unmappedLabels())));
        }
        out.append(System.lineSeparator());
        subtypeAccuracy.ifPresent(a -> out.append(String.format(
                Locale.ROOT,
                "%s accuracy among gold subtypes: %s (%d of %d; 95%% CI %s)%n",
                a.name(),
                fixed(a.accuracy()),
                a.correct(),
                a.total(),
                intervals.accuracy().map(EvalReport::range).orElse("-"))));
        out.append(String.format(
                Locale.ROOT,
                "95%% CI: percentile bootstrap over whole conversations (%d resamples): how far a figure could"
                        + " move on another sample like this one%n",
                intervals.resamples()));
        out.append(String.format("%nConfusion%n"));
        for (Confusion c : confusions) {
            LabelScore s = label(c.label()).orElseThrow();
            out.append(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s missed %d%s; false alarms %d%s%n",
                    c.label(),
                    s.falseNegatives(),
                    c.missedCount() == 0
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    ", most often read as %s (%d)",
                                    c.missedMostOftenAs(),
                                    c.missedCount()),
                    s.falsePositives(),
                    c.falseAlarmCount() == 0
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    ", most often really %s (%d)",
                                    c.falseAlarmsMostOftenWere(),
                                    c.falseAlarmCount())));
        }
        humanAgreement.ifPresent(h -> {
            out.append(String.format(
                    Locale.ROOT,
                    "%nHuman agreement on the %d utterances all %d annotators labelled%n"
                            + "(each annotator, and Spar, against the majority of the other annotators)%n",
                    h.utterances(),
                    h.annotators()));
            String agreementRow = "  %-" + width + "s %13s %8s %8s%n";
            out.append(String.format(Locale.ROOT, agreementRow, "label", "annotator F1", "Spar F1", "support"));
            for (HumanAgreement.Row r : h.rows()) {
                out.append(String.format(
                        Locale.ROOT,
                        agreementRow,
                        r.label(),
                        fixed(r.annotatorF1()),
                        fixed(r.sparF1()),
                        String.format(Locale.ROOT, "%.1f", r.support())));
            }
        });
        if (withExamples && !misclassified.isEmpty()) {
            out.append(String.format("%nMisclassified examples (dataset text: do not store)%n"));
            for (Misclassified m : misclassified) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %s %s [%s] \"%s\"%n      before: \"%s\"%n      gold: %s; Spar: %s%n",
                        m.label(),
                        m.missed() ? "missed" : "false alarm",
                        m.id(),
                        m.utterance(),
                        m.context(),
                        m.gold().isEmpty() ? "(none)" : String.join(", ", m.gold()),
                        m.moves().isEmpty() ? "(no move)" : String.join(", ", m.moves())));
            }
        }
        return out.toString();
    }

    private static void interval(ArrayNode node, Intervals.Interval interval) {
        node.add(round(interval.low()));
        node.add(round(interval.high()));
    }

    private static String range(Intervals.Interval interval) {
        return fixed(interval.low()) + "-" + fixed(interval.high());
    }

    /** Rounds a figure to four places, as every evaluation's JSON gives it. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Formats a figure to three places, as every evaluation's text table gives it. */
    static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
