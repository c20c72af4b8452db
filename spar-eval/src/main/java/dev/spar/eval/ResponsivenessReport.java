package dev.spar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.scenario.Intent;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the counterpart did on one split of the responsiveness probes: the share passed per kind, and every
 * failing probe with what was expected and what happened, so a developer can study it.
 *
 * @param split the portion run
 * @param results every probe's result, in file order
 */
public record ResponsivenessReport(Split split, List<ProbeResult> results) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ResponsivenessReport {
        results = List.copyOf(results);
    }

    /** Pass counts for one kind of probe. */
    public record Tally(int probes, int passed) {
        /** Returns the share passed, or 0 when there are no probes. */
        public double share() {
            return probes == 0 ? 0 : (double) passed / probes;
        }

        private Tally plus(boolean pass) {
            return new Tally(probes + 1, passed + (pass ? 1 : 0));
        }
    }

    /** Returns the pass counts per kind that has probes, in the kinds' order. */
    public Map<ProbeKind, Tally> byKind() {
        Map<ProbeKind, Tally> tallies = new LinkedHashMap<>();
        for (ProbeKind kind : ProbeKind.values()) {
            for (ProbeResult r : results) {
                if (r.probe().kind() == kind) {
                    tallies.merge(kind, new Tally(1, r.passed() ? 1 : 0), (a, b) -> a.plus(r.passed()));
                }
            }
        }
        return tallies;
    }

    /** Returns the pass counts over all probes. */
    public Tally overall() {
        return new Tally(results.size(), (int)
                results.stream().filter(ProbeResult::passed).count());
    }

    /** Returns the probes that failed, in file order. */
    public List<ProbeResult> failing() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Renders the figures and every failing probe as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("set", "responsiveness");
        root.put("split", split.id());
        root.put("probes", overall().probes());
        root.put("passed", overall().passed());
        root.put("share_passed", EvalReport.round(overall().share()));
        ObjectNode kinds = root.putObject("by_kind");
        byKind().forEach((kind, t) -> {
            ObjectNode n = kinds.putObject(kind.id());
            n.put("probes", t.probes());
            n.put("passed", t.passed());
            n.put("share_passed", EvalReport.round(t.share()));
        });
        var failures = root.putArray("failing");
        for (ProbeResult r : failing()) {
            ObjectNode n = failures.addObject();
            Probe p = r.probe();
            n.put("id", p.id());
            n.put("kind", p.kind().id());
            n.put("scenario", p.scenario());
            n.put("line", p.line());
            p.expect().described().forEach(n.withArray("expected")::add);
            r.seen().ifPresent(s -> {
                n.put("reply", s.reply());
                n.put("intent", s.intent().map(Intent::id).orElse(""));
                n.put("anger_before", s.before().anger());
                n.put("anger_after", s.after().anger());
            });
            r.failures().forEach(n.withArray("failed")::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a table per kind and every failing probe, for a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        Tally all = overall();
        out.append(String.format(
                Locale.ROOT,
                "Responsiveness probes, %s split: %d probes, %d passed (%s)%n%n",
                split.id(),
                all.probes(),
                all.passed(),
                EvalReport.fixed(all.share())));
        String row = "%-17s %6s %6s %6s%n";
        out.append(String.format(Locale.ROOT, row, "kind", "probes", "passed", "share"));
        byKind().forEach((kind, t) -> out.append(
                String.format(Locale.ROOT, row, kind.id(), t.probes(), t.passed(), EvalReport.fixed(t.share()))));
        out.append(String.format(Locale.ROOT, row, "all", all.probes(), all.passed(), EvalReport.fixed(all.share())));
        if (!failing().isEmpty()) {
            out.append(String.format("%nFailing probes%n"));
        }
        for (ProbeResult r : failing()) {
            Probe p = r.probe();
            out.append(String.format(
                    Locale.ROOT,
                    "  [%s] %s, %s seed %d%s, after %d line%s%n      line:     \"%s\"%n      expected: %s%n",
                    p.id(),
                    p.kind().id(),
                    p.scenario(),
                    p.seed(),
                    p.version().map(v -> " (" + v + ")").orElse(""),
                    p.context().size(),
                    p.context().size() == 1 ? "" : "s",
                    p.line(),
                    String.join("; ", p.expect().described())));
            r.seen()
                    .ifPresent(s -> out.append(String.format(
                            Locale.ROOT,
                            "      reply:    \"%s\" (%s; anger %d -> %d, trust %d -> %d, patience %d -> %d)%n",
                            Scoring.truncate(s.reply(), 200),
                            s.intent().map(Intent::id).orElse("no intent"),
                            s.before().anger(),
                            s.after().anger(),
                            s.before().trust(),
                            s.after().trust(),
                            s.before().patience(),
                            s.after().patience())));
            out.append(String.format(Locale.ROOT, "      failed:   %s%n", String.join("; ", r.failures())));
        }
        return out.toString();
    }
}
