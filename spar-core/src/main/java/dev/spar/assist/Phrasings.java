package dev.spar.assist;

import dev.spar.assist.CustomerRead.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short lines for each move of the framework, filled with the customer's own words where they gave them.
 * Every line is written to read as the move it stands for and to show none of the problems live assist
 * flags; {@code [brackets]} mark what only the rep knows.
 */
final class Phrasings {
    private static final int MAX = 3;
    private static final Pattern ACCOUNT_TOPIC =
            Pattern.compile("\\b(?:bill|charge|payment|subscription|plan|contract|broadband|internet|phone|card)");

    private Phrasings() {}

    /** Lines that name the impact, longest reach first; the first is short enough to use mid-sentence. */
    static List<String> acknowledge(CustomerWords w, Style style) {
        List<String> out = new ArrayList<>();
        out.add(shortAcknowledgement(w) + ".");
        w.repeat()
                .ifPresent(r -> out.add(
                        "You've had to chase this " + repeatPhrase(r) + ", and you shouldn't have" + " had to."));
        w.deadline().ifPresent(d -> out.add("I can see why that's urgent when you need " + needed(w) + " " + d + "."));
        if (style == Style.TASK) {
            out.add("That's a real hassle, so let's get " + w.topicOrThis() + " sorted.");
        } else {
            out.add("That sounds really stressful, and I'm glad you told me.");
        }
        return distinct(out);
    }

    /**
     * One clause that names the impact in their words, without closing punctuation: "I can hear how
     * frustrating it's been to wait three weeks".
     */
    static String shortAcknowledgement(CustomerWords w) {
        if (w.waiting() && w.duration().isPresent()) {
            return "I can hear how frustrating it's been to wait "
                    + w.duration().get();
        }
        if (w.repeat().isPresent()) {
            return "I can hear how frustrating it is to have to chase this "
                    + repeatPhrase(w.repeat().get());
        }
        if (w.topic().isPresent()) {
            return "I can hear how frustrating this has been with " + w.topic().get();
        }
        return "I can hear how frustrating this has been";
    }

    /** An apology that names what it is for, without closing punctuation. */
    static String specificApology(CustomerWords w) {
        return w.topic()
                .map(t -> "I'm sorry about the trouble with " + t)
                .orElse("I'm sorry this has been such a hassle");
    }

    /** A line that shows understanding before a rule: "I can see why you'd want your money back". */
    static String understanding(CustomerWords w) {
        Optional<String> ask = w.firstAsk().filter(a -> !a.endsWith("?"));
        if (ask.isPresent()) {
            return "I can see why you'd want " + ask.get();
        }
        return w.topic()
                .map(t -> "I can see why you're frustrated about " + t)
                .orElse("I can see why you're frustrated");
    }

    static List<String> summarise(CustomerWords w, Style style) {
        List<String> out = new ArrayList<>();
        String ask = w.firstAsk().filter(a -> !a.endsWith("?")).orElse("");
        if (w.complaint().isPresent()) {
            String c = w.complaint().get();
            if (style == Style.TASK && !ask.isEmpty()) {
                out.add("Just to check: " + c + ", and you'd like " + ask + ". Is that right?");
            }
            out.add("So the main issue is that " + c + ". Is that right?");
            if (!ask.isEmpty()) {
                out.add("So if I have this right, " + c + ", and you'd like " + ask + ". Is that right?");
            }
            w.deadline()
                    .ifPresent(d -> out.add("So the main issue is that " + c + ", and you need " + needed(w) + " " + d
                            + ". Is that right?"));
        } else {
            out.add("So if I have this right, the main issue is [the problem in their words]. Is that right?");
            out.add("Let me make sure I have this right: [the problem], and you'd like [what they asked for]. Is"
                    + " that right?");
        }
        return distinct(out);
    }

    static List<String> ask(Fact fact, CustomerWords w, Style style) {
        String topic = w.topicOrThis();
        return switch (fact) {
            case WHAT_HAPPENED -> List.of("Can you walk me through what happened?", "What happened, from the start?");
            case REFERENCE -> {
                String noun = referenceNoun(w);
                yield style == Style.TASK
                        ? List.of(
                                "What's the " + noun + " number? I'll pull it up now.",
                                "Could you give me the " + noun + " number so I can check it straight away?")
                        : List.of(
                                "Could you give me your " + noun + " number so I can pull it up?",
                                "So I can look at this properly, what's the " + noun + " number?");
            }
            case OUTCOME ->
                style == Style.TASK
                        ? List.of(
                                "What outcome do you need from today?",
                                "What would you like me to do about " + topic + "?")
                        : List.of("What would put this right for you?", "What would you like to happen next?");
            case WHEN -> List.of("When did you first notice the problem with " + topic + "?", "When did this start?");
            case TRIED ->
                List.of(
                        "What have you already tried, so I don't ask you to repeat it?",
                        "What have you tried so far with " + topic + "?");
            case DEADLINE ->
                List.of("Is there a date you need " + topic + " sorted by?", "When do you need this resolved by?");
        };
    }

    static List<String> canAndCannot(CustomerWords w) {
        List<String> out = new ArrayList<>();
        Optional<String> ask = w.firstAsk().filter(a -> !a.endsWith("?"));
        if (ask.isPresent() && !ask.get().toLowerCase(Locale.ROOT).startsWith("to ")) {
            out.add("I can't promise " + ask.get() + " on this call, but what I can do is [option], starting now.");
        }
        out.add("Here's what I can do and what I can't: I can [option], but I can't [limit].");
        out.add("I want to be straight with you about " + w.topicOrThis() + ": I can't [limit], but I can [option].");
        return distinct(out);
    }

    static List<String> nextStep(CustomerWords w) {
        return List.of(
                "Here's the next step: I'll [action] and update you by [time].",
                "I'll check " + w.topicOrThis() + " now and get back to you by [time] with what's confirmed.",
                "I'll send you an email by [time] with what I've done and what happens next.");
    }

    static List<String> closingCheck(CustomerWords w, Style style) {
        List<String> out = new ArrayList<>();
        if (style == Style.TASK) {
            out.add("Does that work for you?");
        }
        out.add("Does that cover everything, or is there anything I've missed?");
        out.add("Is there anything else about " + w.topicOrThis() + " you'd like me to look at?");
        return distinct(out);
    }

    static List<String> boundary(CustomerWords w) {
        return List.of(
                "I want to help sort " + w.topic().map(t -> "out " + t).orElse("this out")
                        + ", and I need us to keep this respectful so I can.",
                "I'm happy to keep working on this with you, and I need us to keep it civil to do that.",
                "We can continue when we can both keep it calm; I do want to get this fixed.");
    }

    static List<String> stabilise(boolean heated) {
        List<String> out = new ArrayList<>();
        if (heated) {
            out.add("Let me take a second so I answer that properly.");
        }
        out.add("Let me separate what I know from what I still need to verify.");
        out.add("Give me a moment to check that properly rather than guess.");
        out.add("I want to get this right for you, so let me take a second to look.");
        return out.subList(0, MAX);
    }

    /** "three times" stays; "the third time" becomes "for the third time". */
    private static String repeatPhrase(String repeat) {
        String r = repeat.toLowerCase(Locale.ROOT);
        return r.startsWith("the ") ? "for " + r : r;
    }

    private static String needed(CustomerWords w) {
        return w.topic().filter(t -> !t.equals("this")).orElse("it");
    }

    private static String referenceNoun(CustomerWords w) {
        String topic = w.topic().orElse("").toLowerCase(Locale.ROOT);
        for (String noun : List.of("booking", "reservation", "account", "invoice", "ticket", "claim", "order")) {
            if (topic.contains(noun)) {
                return noun;
            }
        }
        if (ACCOUNT_TOPIC.matcher(topic).find()) {
            return "account";
        }
        return topic.isEmpty() ? "order or account" : "order";
    }

    private static List<String> distinct(List<String> lines) {
        return lines.stream().distinct().limit(MAX).toList();
    }
}
