package dev.spar.cli;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.eval.CritiqueLines;
import dev.spar.eval.DatasetException;
import dev.spar.eval.DatasetName;
import dev.spar.eval.EvalReport;
import dev.spar.eval.EvalSets;
import dev.spar.eval.Evaluation;
import dev.spar.eval.RealChatReading;
import dev.spar.eval.RealChats;
import dev.spar.eval.RedactionEvaluation;
import dev.spar.eval.Responsiveness;
import dev.spar.eval.ReviewChats;
import dev.spar.eval.SafetyEvaluation;
import dev.spar.eval.Split;
import dev.spar.review.ConversationReviewer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spar eval}: score Spar's analysis on a labelled dataset. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score Spar's analysis against human labels: precision, recall and F1 per label;",
            "or run the project's own sets: 'responsiveness' (does the counterpart answer what a line asks,"
                    + " offers or does) and 'critique' (does the coach flag what it should on a line);",
            "or 'maia-dqe' (with --data): how often real support-chat turns people rated poor are flagged;",
            "or 'redaction': recall and precision per type of personal data on the project's own lines;",
            "or 'review' (--split dev): how many of the project's own poor support-chat turns the review flags,"
                    + " per kind, and how many of its near misses;",
            "or 'safety': how many of the project's own lines about self-harm or abuse stop the role-play, and how"
                    + " many ordinary lines stop it when they must not.",
            "Example: spar eval annomi --data ../shared/datasets/annomi",
            "Example: spar eval responsiveness --split dev",
            "Example: spar eval maia-dqe --data ../shared/datasets/maia-dqe",
            "Example: spar eval redaction --split dev --file real",
            "Example: spar eval review --split dev",
            "Example: spar eval safety --split dev"
        })
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "SET",
            description = "annomi, esconv, epitome, casino or maia-dqe (with --data), or responsiveness, critique,"
                    + " redaction, review or safety.")
    String dataset;

    @Option(
            names = "--data",
            description = "The dataset's folder, in its published layout (not for responsiveness or critique).")
    Path data;

    @Option(
            names = "--split",
            description = "test (default: the portion not used while developing), dev, all, or holdout (the blind set"
                    + " written after development; critique and responsiveness only).")
    String split = "test";

    @Option(
            names = "--file",
            paramLabel = "NAME",
            description =
                    "Critique, responsiveness, redaction or review only: score one development file alone (e.g. blind5"
                            + " for lines-dev-blind5.yaml, real for redaction/lines-dev-real.yaml, dev2 for review/chats-dev2.yaml), as a"
                            + " round written blind is"
                            + " measured before anything is tuned on it.")
    String file;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Option(
            names = "--examples",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Show misclassified examples (text only; default on).")
    boolean examples;

    @Option(
            names = "--meaning",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Read with the semantic layer as the product does (default on); --no-meaning measures the"
                    + " rules alone.")
    boolean meaning;

    private Analyzer analyzer() {
        return meaning ? Spar.analyzer() : new RuleAnalyzer();
    }

    /** Reads the one development file {@code --file} names; an unknown name is the user's error. */
    private <T> T ownFile(java.util.function.Function<String, T> read) {
        try {
            return read.apply(file);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
    }

    @Override
    public Integer call() {
        Split chosen = Split.byId(split)
                .orElseThrow(() -> new UserError("--split must be test, dev, all or holdout, was '" + split + "'."));
        if (chosen == Split.HOLDOUT && !dataset.equals("critique") && !dataset.equals("responsiveness")) {
            throw new UserError("--split holdout is for Spar's own sets (critique, responsiveness) only.");
        }
        if (file != null
                && !dataset.equals("critique")
                && !dataset.equals("responsiveness")
                && !dataset.equals("redaction")
                && !dataset.equals("review")) {
            throw new UserError("--file is for Spar's own sets (critique, responsiveness, redaction, review) only.");
        }
        if (file != null && chosen != Split.DEV) {
            throw new UserError("--file names a development file: use it with --split dev.");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (dataset) {
            case "responsiveness" -> {
                var report = Responsiveness.run(
                        chosen,
                        file == null ? EvalSets.probes(chosen) : ownFile(EvalSets::probes),
                        Responsiveness.practice(EvalSets.scenarios(), analyzer()));
                out.println(format == Format.JSON ? report.toJson() : report.toText());
            }
            case "critique" -> {
                var report = CritiqueLines.run(
                        chosen,
                        file == null ? EvalSets.critiqueLines(chosen) : ownFile(EvalSets::critiqueLines),
                        CritiqueLines.practice(EvalSets.scenarios(), analyzer()));
                out.println(format == Format.JSON ? report.toJson() : report.toText());
            }
            case "redaction" -> {
                var report = file == null
                        ? RedactionEvaluation.run(chosen)
                        : RedactionEvaluation.run(chosen, ownFile(RedactionEvaluation::devLines));
                out.println(format == Format.JSON ? report.toJson() : report.toText(examples));
            }
            case "safety" -> {
                var report = SafetyEvaluation.run(chosen);
                out.println(format == Format.JSON ? report.toJson() : report.toText(examples));
            }
            case "review" -> {
                if (chosen != Split.DEV) {
                    throw new UserError("review has a development set only: use --split dev (MAIA-DQE's test part"
                            + " measures the review: spar eval maia-dqe --data ... --split test).");
                }
                var reviewer = new ConversationReviewer(analyzer());
                var report = file == null ? ReviewChats.run(reviewer) : ownFile(f -> ReviewChats.run(reviewer, f));
                out.println(format == Format.JSON ? report.toJson() : report.toText(examples));
            }
            case "maia-dqe" -> {
                if (data == null) {
                    throw new UserError("--data is needed for maia-dqe: the dataset's folder.");
                }
                RealChats.Report report;
                try {
                    report = RealChats.run(data, RealChatReading.review(new ConversationReviewer(analyzer())), chosen);
                } catch (DatasetException e) {
                    throw new UserError(e.getMessage());
                }
                out.println(format == Format.JSON ? report.toJson() : report.toText(examples));
            }
            default -> {
                return scoreDataset(chosen, out);
            }
        }
        out.flush();
        return 0;
    }

    private int scoreDataset(Split chosen, PrintWriter out) {
        DatasetName name = DatasetName.byId(dataset)
                .orElseThrow(() -> new UserError("no dataset '" + dataset + "': use one of "
                        + Arrays.stream(DatasetName.values())
                                .map(DatasetName::id)
                                .collect(Collectors.joining(", "))
                        + ", responsiveness, critique, redaction, review, safety."));
        if (data == null) {
            throw new UserError("--data is needed for " + name.id() + ": the dataset's folder.");
        }
        PrintWriter err = spec.commandLine().getErr();
        EvalReport report;
        try {
            report = Evaluation.run(name, data, chosen, analyzer(), (done, total) -> {
                TerminalWriter.overwriteLine(err, "analysed " + done + " of " + total + " utterances");
                if (done == total) {
                    err.println();
                    err.flush();
                }
            });
        } catch (DatasetException e) {
            throw new UserError(e.getMessage());
        }
        out.println(format == Format.JSON ? report.toJson() : report.toText(examples));
        out.flush();
        return 0;
    }
}
