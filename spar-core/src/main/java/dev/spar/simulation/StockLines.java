package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Generic lines that fit any counterpart, used when a scenario's own lines for an intent have run out
 * and to call back a promise the learner made.
 */
final class StockLines {
    private static final Map<Intent, List<Line>> BY_INTENT = new EnumMap<>(Intent.class);

    static {
        put(Intent.OPEN, "I'll be honest, I'm not looking forward to this.", "Okay. Go ahead, I'm listening.");
        put(
                Intent.VENT,
                "I just don't understand how it got to this point.",
                "Do you have any idea how frustrating this has been?",
                "I've gone over this in my head so many times.",
                "It feels like nobody is actually hearing me.");
        put(
                Intent.DEMAND,
                "I need a straight answer. What happens now?",
                "Tell me what you're actually going to do about it.",
                "I want this sorted, not talked about.",
                "What I need is simple: fix it.");
        put(
                Intent.CHALLENGE,
                "That's not an answer.",
                "Do you hear yourself?",
                "You're not really listening to me, are you?",
                "Is that supposed to make me feel better?");
        put(
                Intent.ANSWER,
                "I've told you what I know.",
                "I'm not sure what else you want me to say.",
                "That's all there is to it, really.");
        put(Intent.CURVEBALL, "And another thing, while we're at it.", "Honestly, this isn't even the first time.");
        put(Intent.REJECT_OPTION, "No. That doesn't work for me.", "That's not what I asked for.");
        put(Intent.SOFTEN, "Okay. That's fair.", "Alright. I appreciate that.", "Fine. I'm listening.");
        put(Intent.ACCEPT, "Okay. Let's do that.", "Alright, I can live with that.");
        put(Intent.ESCALATE, "I want to talk to someone else.", "This is going nowhere. Who is above you?");
        put(Intent.END_RESOLVED, "Okay. Thank you. I'll wait to hear from you.", "Fine. We'll leave it there for now.");
        put(
                Intent.END_ESCALATED,
                "I'm done here. Put me through to someone else.",
                "I'll take this higher. We're finished.");
        put(
                Intent.END_WALKED_AWAY,
                "I can't do this right now. Goodbye.",
                "We're going around in circles. I'm leaving.");
    }

    /** Lines that bring back a promise the learner made, with {promise} for its words. */
    static final List<Line> PROMISE_CALLBACKS = List.of(
            Line.of("Hold on. You said '{promise}'. Now it's something else?"),
            Line.of("A minute ago it was '{promise}'. Which is it?"),
            Line.of("You told me '{promise}'. I'm holding you to that."),
            Line.of("So '{promise}' was just something to say?"));

    private StockLines() {}

    private static void put(Intent intent, String... texts) {
        BY_INTENT.put(intent, java.util.Arrays.stream(texts).map(Line::of).toList());
    }

    /** Returns the stock lines for an intent. */
    static List<Line> forIntent(Intent intent) {
        return BY_INTENT.getOrDefault(intent, List.of());
    }
}
