package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The soft failures the content reading finds in a draft, as live assist flags: blame passed to someone else,
 * false hope, mockery, an accusation. The same reading the critique of a practice run and the review of a real
 * conversation use, so a line flagged in one is flagged in the others. Read by the rules alone (no semantic
 * model), to stay within a keystroke's budget.
 */
final class ContentFlags {
    private static final Understanding RULES = Understanding.softFailures();

    /** The better line each failure's rewrite falls back on: no facts of its own, so it never invents one. */
    private static final Map<ActKind, Flagged> FLAGGED = flagged();

    private record Flagged(FindingCategory category, String better) {}

    private ContentFlags() {}

    /** Returns the flags of a draft, each with its exact span, in the order the reading found them. */
    static List<Flag> of(String draft) {
        List<Flag> out = new ArrayList<>();
        for (Act act : RULES.read(Side.LEARNER, draft, new ConversationMemory()).acts()) {
            Flagged f = FLAGGED.get(act.kind());
            if (f != null && act.source() == Act.Source.RULE) {
                out.add(new Flag(f.category(), act.span(), act.quote(), f.better()));
            }
        }
        return out;
    }

    private static Map<ActKind, Flagged> flagged() {
        Map<ActKind, Flagged> m = new EnumMap<>(ActKind.class);
        m.put(
                ActKind.BLAME_OTHERS,
                new Flagged(
                        FindingCategory.BLAMING_OTHERS,
                        "I'm sorry this went wrong. I'll take it from here and sort it out for you."));
        m.put(
                ActKind.FALSE_HOPE,
                new Flagged(
                        FindingCategory.FALSE_HOPE,
                        "I can't promise that yet. I'll check and tell you what is confirmed."));
        m.put(
                ActKind.MOCK,
                new Flagged(FindingCategory.SARCASM, "Thanks for telling me. Let me look at what went wrong."));
        m.put(
                ActKind.ACCUSE,
                new Flagged(
                        FindingCategory.ACCUSATION,
                        "I can see we see this differently. Let me look at what happened."));
        return m;
    }
}
