package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.PointOfView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the critique and the hints suggest, per kind of conversation. Data only: which one is used, and
 * whether it survives, is decided where the findings are made ({@link LineFindings}, {@link ConversationFindings}),
 * in {@link Hints} and in {@link Rewriter}.
 */
final class Phrasings {
    private Phrasings() {}

    /**
     * Phrases that belong to a service desk; in a talk with a friend, a parent or a colleague they sound
     * scripted, so a rewrite for those kinds that contains one is not offered.
     */
    static final List<String> CALL_CENTRE = List.of(
            "your frustration",
            "look into options",
            "options we have",
            "for your case",
            "your order",
            "your account",
            "the customer",
            "we value",
            "does that cover everything",
            "anything else i can help",
            "i can hear how frustrating",
            "what this has cost",
            "how much this has cost you",
            "let me look at exactly",
            "here is the next step",
            "i will set it up today",
            "would you like me to sort out");

    /** Returns the words to say instead of a line with this problem, in the words of this kind of talk. */
    static Optional<String> alternative(FindingCategory category, ConversationKind kind) {
        return Optional.ofNullable(
                switch (kind) {
                    case CUSTOMER -> customer(category);
                    case CLIENT -> client(category);
                    case WORKPLACE -> workplace(category);
                    case PERSONAL -> personal(category);
                });
    }

    /** Returns whether a phrase sounds like a service script, which only a customer conversation can take. */
    static boolean soundsScripted(String text, ConversationKind kind) {
        if (kind == ConversationKind.CUSTOMER) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return CALL_CENTRE.stream().anyMatch(lower::contains);
    }

    private static String customer(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> "I can hear how frustrating this is. Let me look at exactly what happened.";
            case BLAME -> "Let's walk through what happened step by step and see where it went wrong.";
            case POLICY_FIRST -> "I understand why you're asking. Let me review what options we have for your case.";
            case CONDESCENSION -> "Let me walk you through it so we're looking at the same thing.";
            case OVER_PROMISE -> "I can't promise the outcome yet, but I will check today and tell you what I find.";
            case GUESSING -> "I don't want to guess. Let me confirm it and get back to you with a clear answer.";
            case JUDGEMENTAL_FRAMING -> "So you expected one thing and got another. Is that right?";
            case CANNED_EMPATHY -> "Being without it for this long, right before you needed it, is a real problem.";
            case OVER_APOLOGY -> "I'm sorry this happened. Here is what I will do.";
            case HEDGING -> "Here is what I think, plainly.";
            case REACTIVE -> "You've had a rough time with this. Here's exactly what I'm doing about it now.";
            case OVER_EXPLAINING -> "In short: here is what happened, and here is what I can do.";
            case CONCESSION -> "I hear you, and my answer is still the same. Here is what I can do instead.";
            case SARCASM -> "I can see this has gone badly for you. Let's sort out what happens next.";
            case ACCUSATION -> "We've gone round this a couple of times, so let me be clear about what I can do.";
            case TANGENT -> "Back to what you came for: let's get this sorted first.";
            case BLAMING_OTHERS -> "Whatever went wrong along the way, it's mine to fix now. Here is what I will do.";
            case FALSE_HOPE -> "I can't say yet how it will turn out. I will find out and tell you what I learn.";
            default -> null;
        };
    }

    private static String client(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> "I can see this matters to you. Tell me what's behind it.";
            case BLAME -> "Let's look at what happened and what each of us could do differently.";
            case POLICY_FIRST -> "I see why you're asking. Here is what I can do, and why.";
            case CONDESCENSION -> "Let me show you how I see it, so we're looking at the same thing.";
            case OVER_PROMISE -> "I can't commit to that yet. I'll check and come back to you.";
            case GUESSING -> "I don't want to guess. I'll check and come back to you.";
            case JUDGEMENTAL_FRAMING -> "So you see it differently. Tell me how it looks from your side.";
            case CANNED_EMPATHY -> "I can see this lands hard on you.";
            case OVER_APOLOGY -> "I'm sorry it's come to this. Here is what I'll do.";
            case HEDGING -> "Here is where I stand, plainly.";
            case REACTIVE -> "That's fair to push on. Let me answer it properly.";
            case OVER_EXPLAINING -> "In short: here is what I'm proposing, and why.";
            case CONCESSION -> "I hear you, and my decision stands. Here is what I can do to make it easier.";
            case SARCASM -> "Let's keep this about the work. Here is what happens next.";
            case ACCUSATION -> "We've gone round this a couple of times, so let me be clear about where I stand.";
            case TANGENT -> "Let's stay with this for now.";
            case BLAMING_OTHERS -> "However it happened, I own my part. Here is what I will do.";
            case FALSE_HOPE -> "I don't know yet how it will go, and I'll tell you as soon as I do.";
            case NOT_FOLLOWING -> "I follow most of that. Tell me the part I'm missing.";
            default -> null;
        };
    }

    private static String workplace(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> "I can see this matters to you. Tell me what's behind it.";
            case BLAME -> "Let's look at what happened and what each of us could have done differently.";
            case POLICY_FIRST -> "I see why you're asking. Here is what I can do, and why.";
            case CONDESCENSION -> "Let me show you how I see it, so we're looking at the same thing.";
            case OVER_PROMISE -> "I can't commit to that yet. I will find out and come back to you.";
            case GUESSING -> "I don't want to guess. I'll check and come back to you.";
            case JUDGEMENTAL_FRAMING -> "So you see it differently. Tell me how it looks from your side.";
            case CANNED_EMPATHY -> "I can see this has landed hard on you.";
            case OVER_APOLOGY -> "I'm sorry about that. Here is what I'd like to do.";
            case HEDGING -> "Here is what I think, plainly.";
            case REACTIVE -> "That's fair to push on. Let me answer it properly.";
            case OVER_EXPLAINING -> "In short: here is what I'm asking for, and why.";
            case CONCESSION -> "I understand, and I'm staying with what I asked for. Let's see what we can do.";
            case ACCUSATION -> "We've gone round this a couple of times. Here is what I need from this.";
            case TANGENT -> "Let's stay with this for now.";
            case BLAMING_OTHERS -> "However it happened, I own my part. Here is what I will do.";
            case FALSE_HOPE -> "I don't know yet how it will go, and I'll tell you as soon as I do.";
            case NOT_FOLLOWING -> "I follow most of that. Tell me the part I'm missing.";
            default -> null;
        };
    }

    private static String personal(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> "I can see this matters to you. Tell me more.";
            case BLAME -> "I don't want to argue about whose fault it is. I want us to be okay.";
            case POLICY_FIRST -> "I see why you're asking, and I want to explain where I stand.";
            case CONDESCENSION -> "Let me tell you how I see it, and you tell me how you see it.";
            case OVER_PROMISE -> "I can't promise that, and I don't want to let you down.";
            case GUESSING -> "I don't know that for sure, and I won't pretend I do.";
            case JUDGEMENTAL_FRAMING -> "So you see it differently. Tell me how it looks to you.";
            case CANNED_EMPATHY -> "I can see how much this means to you.";
            case OVER_APOLOGY -> "I'm sorry. And I still need to say this.";
            case HEDGING -> "I want to say this plainly.";
            case REACTIVE -> "I don't want us to fight. Can I tell you what's going on for me?";
            case OVER_EXPLAINING -> "The short version is this.";
            case CONCESSION -> "I hear you, and I'm not changing my mind on this.";
            case ACCUSATION -> "When this happens, I feel unheard, and I'd like us to talk about it calmly.";
            case TANGENT -> "I'd rather not change the subject. This matters to me.";
            case BLAMING_OTHERS -> "Whatever anyone else did, this is about you and me.";
            case FALSE_HOPE -> "I don't know how it will turn out, and I won't pretend I do.";
            case NOT_FOLLOWING -> "I think I get some of it. Tell me the part I'm missing.";
            default -> null;
        };
    }

    /**
     * Returns a line that fixes a problem while saying the facts the flagged sentence held, for problems where
     * the facts can be kept ("I can't promise Saturday, but..."); empty for the others.
     */
    static Optional<String> keepingFacts(FindingCategory category, ConversationKind kind, List<String> facts) {
        String said = String.join(" or ", facts);
        return Optional.ofNullable(
                switch (category) {
                    case FALSE_HOPE, OVER_PROMISE, GUESSING ->
                        switch (kind) {
                            case CUSTOMER ->
                                "I can't promise " + said + " yet, but I will check and tell you what I find.";
                            case CLIENT, WORKPLACE ->
                                "I can't commit to " + said + " yet. I'll find out and come back to you.";
                            case PERSONAL -> "I can't promise " + said + ", and I don't want to let you down.";
                        };
                    case CONCESSION ->
                        switch (kind) {
                            case CUSTOMER ->
                                "I hear you, and my answer on " + said
                                        + " hasn't changed. Here is what I can do instead.";
                            case CLIENT, WORKPLACE -> "I understand, and my position on " + said + " hasn't changed.";
                            case PERSONAL -> "I hear you, and I'm not changing my mind about " + said + ".";
                        };
                    default -> null;
                });
    }

    /**
     * Returns a line that owns the fix after what went wrong with a named third party, naming them as the learner
     * did ("Whatever happened with Marcus, it's mine to fix now.") rather than putting the fault on them.
     */
    static String owningItAfter(ConversationKind kind, List<String> names) {
        // A name inside a longer one is said once ("Mill", "Street", "the newsagent on Mill Street").
        List<String> said = names.stream()
                .filter(n -> names.stream()
                        .noneMatch(other -> other.length() > n.length()
                                && other.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))))
                .toList();
        String who = said.size() == 1
                ? said.getFirst()
                : String.join(", ", said.subList(0, said.size() - 1)) + " and " + said.getLast();
        // "Dave's job" is kept as "on Dave's side", not "with Dave's".
        String where = said.stream().allMatch(n -> n.endsWith("'s") || n.endsWith("’s"))
                ? "on " + who + " side"
                : "with " + who;
        return switch (kind) {
            case CUSTOMER -> "Whatever happened " + where + ", it's mine to fix now. Here is what I will do.";
            case CLIENT, WORKPLACE -> "However it happened " + where + ", I own my part. Here is what I will do.";
            case PERSONAL -> "Whatever happened " + where + ", this is about you and me.";
        };
    }

    /** Returns a first sentence that shows you see their side, so a rule or a limit that follows is heard. */
    static String acknowledgingLead(ConversationKind kind) {
        return switch (kind) {
            case CUSTOMER -> "I can see why you're asking, and I want to help.";
            case CLIENT, WORKPLACE -> "I see why you're asking.";
            case PERSONAL -> "I know why you're asking.";
        };
    }

    /** Returns the words that acknowledge them before anything else, for one who opened upset. */
    static String acknowledgement(ConversationKind kind) {
        return switch (kind) {
            case CUSTOMER -> "Before anything else: I can hear how much this has cost you, and I want to get it right.";
            case CLIENT ->
                "Before we get into it: I can see this puts you in a difficult spot, and I want to hear how it lands.";
            case WORKPLACE -> "Before we get into it: I can see this has been hard on you, and I want to hear it.";
            case PERSONAL ->
                "Before anything else: I can see how much this matters to you, and I'm not brushing it off.";
        };
    }

    /** Returns a question asking for their side before solving or explaining. */
    static String question(ConversationKind kind, boolean raisingIt, String fact) {
        if (raisingIt) {
            return "How does that land with you? I'd like to hear your side.";
        }
        return switch (kind) {
            case CUSTOMER -> "Before I suggest anything, can you walk me through what happened" + fact + "?";
            case CLIENT, WORKPLACE -> "Before I say more, can you tell me how this looks from your side?";
            case PERSONAL -> "Before I say anything else, how do you see it?";
        };
    }

    /** Returns a next step to close on, for this kind of talk. */
    static String nextStep(ConversationKind kind, Optional<String> offer, String point) {
        return switch (kind) {
            case CUSTOMER ->
                offer.isPresent()
                        ? "Here is what I'll do: " + offer.get()
                                + ". I'll set it up today and confirm it with you before the end of the day."
                        : "So that's what we've agreed: " + point
                                + ". I'll confirm it with you before the end of the day.";
            case CLIENT ->
                offer.isPresent()
                        ? "Here is what I'll do: " + offer.get() + ", and I'll put it in writing today."
                        : "So that's what we've agreed: " + point + ". I'll put it in writing today.";
            case WORKPLACE ->
                "So here's what happens next: I'll send you a note of what we agreed, and let's check in on it in two"
                        + " weeks.";
            case PERSONAL -> "I know this is a lot. Can we talk again in a few days, once you've had time to think?";
        };
    }

    /** Returns the hint for acknowledging first, when they are upset and nothing has acknowledged it. */
    static String acknowledgeHint(ConversationKind kind) {
        return switch (kind) {
            case CUSTOMER ->
                "Acknowledge the impact before anything else: name what this has cost them, in their terms,"
                        + " without promising a fix yet.";
            case CLIENT ->
                "Acknowledge what this means for their work before making your case: name the impact on them, in"
                        + " their words.";
            case WORKPLACE ->
                "Acknowledge their view before making your case: say what you see it means for them, in their"
                        + " words.";
            case PERSONAL ->
                "Acknowledge how they feel before anything else: say what you can see this means to them, in your"
                        + " own words.";
        };
    }

    /** Returns the hint for asking before solving or explaining. */
    static String askHint(ConversationKind kind, String example) {
        return switch (kind) {
            case CUSTOMER -> "Ask for the facts before solving." + example;
            case CLIENT, WORKPLACE -> "Ask how they see it before you argue your case.";
            case PERSONAL -> "Ask how they see it before you explain yourself.";
        };
    }

    /** Returns the hint for closing on a next step. */
    static String nextStepHint(ConversationKind kind, String offer) {
        return switch (kind) {
            case CUSTOMER -> "Offer what you can" + offer + " and a concrete next step: who does what, by when.";
            case CLIENT -> "Agree a next step: who does what, by when, and put it in writing.";
            case WORKPLACE -> "Agree a next step: who does what, by when, and when you will check in.";
            case PERSONAL -> "Say what happens next between you, kindly and plainly.";
        };
    }

    private static final Map<String, String> PRONOUNS = Map.ofEntries(
            Map.entry("he", "you"),
            Map.entry("she", "you"),
            Map.entry("they", "you"),
            Map.entry("him", "you"),
            Map.entry("them", "you"),
            Map.entry("his", "your"),
            Map.entry("her", "your"),
            Map.entry("their", "your"),
            Map.entry("himself", "yourself"),
            Map.entry("herself", "yourself"),
            Map.entry("themselves", "yourself"));
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they");
    /** Verbs that agree with "you" anywhere after the person was named ("he ... and feels"). */
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("feels", "feel"),
            Map.entry("wants", "want"),
            Map.entry("needs", "need"),
            Map.entry("thinks", "think"),
            Map.entry("doesn't", "don't"));
    /** Verbs changed only right after the pronoun: "is" elsewhere belongs to another subject. */
    private static final Map<String, String> NEXT_VERBS =
            Map.of("is", "are", "was", "were", "has", "have", "does", "do");

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

    /**
     * Returns a brief's description of the other person ("he feels nobody cares") as said to them ("you feel
     * nobody cares"), for a summary the learner can say back.
     */
    static String toYou(String aboutThem) {
        Matcher m = WORD.matcher(aboutThem);
        StringBuilder out = new StringBuilder();
        boolean named = false;
        boolean rightAfter = false;
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            String swapped = PRONOUNS.get(lower);
            if (swapped == null && rightAfter) {
                swapped = NEXT_VERBS.getOrDefault(lower, PointOfView.withoutThirdPersonS(m.group()));
            }
            if (swapped == null && named) {
                swapped = VERBS.get(lower);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(swapped == null ? m.group() : swapped));
            rightAfter = SUBJECTS.contains(lower);
            named |= rightAfter;
        }
        m.appendTail(out);
        return out.toString();
    }
}
