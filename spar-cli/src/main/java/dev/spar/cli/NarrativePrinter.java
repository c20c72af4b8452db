package dev.spar.cli;

import dev.spar.llm.EngineConfig;
import dev.spar.llm.Narrative;
import dev.spar.llm.NarrativeResult;
import java.io.PrintWriter;

/** Prints the coach's notes a model wrote around the critique, or why there are none. */
final class NarrativePrinter {
    private final PrintWriter out;
    private final Terminal term;

    NarrativePrinter(PrintWriter out, Terminal term) {
        this.out = out;
        this.term = term;
    }

    void print(NarrativeResult result, EngineConfig config) {
        switch (result) {
            case NarrativeResult.Unavailable(String reason) -> {
                out.println(term.dim("No coach's notes from the model (" + reason
                        + "); the review above is complete without them."));
                out.println();
            }
            case NarrativeResult.Written(Narrative n) -> {
                out.println(term.bold("Coach's notes")
                        + term.dim("  written by " + config.model()
                                + " from the findings above; quotes checked against the transcript"));
                out.println(n.summary());
                for (Narrative.Rewrite r : n.rewrites()) {
                    out.println("  turn " + r.turn() + ": \"" + r.quote() + "\"");
                    out.println("    Try: \"" + r.rewrite() + "\"");
                    if (!r.why().isBlank()) {
                        out.println("    " + term.dim(r.why()));
                    }
                }
                if (!n.findings().isEmpty()) {
                    out.println(term.bold("Also noticed") + term.dim("  the model's findings, beside the ones above"));
                    for (Narrative.Finding f : n.findings()) {
                        out.println(
                                "  turn " + f.turn() + ", " + f.category().title() + " (model): \"" + f.quote() + "\"");
                        if (!f.why().isBlank()) {
                            out.println("    " + term.dim(f.why()));
                        }
                    }
                }
                if (!n.nextTime().isEmpty()) {
                    out.println(term.bold("Next time"));
                    n.nextTime().forEach(line -> out.println("  - " + line));
                }
                if (n.droppedQuotes() > 0) {
                    out.println(term.dim("(" + n.droppedQuotes() + " quote(s) the model made up were left out.)"));
                }
                out.println();
            }
        }
    }
}
