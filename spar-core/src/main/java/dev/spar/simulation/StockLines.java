package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.ActKind;
import java.util.Arrays;
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
        put(Intent.REJECT_OPTION, "No. That doesn't work for me.", "I'm not sure that's enough.");
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

    /**
     * Stock lines that would be a support call's in any other talk ("Who is above you?", "Put me through to someone
     * else"), said instead by the kind of person the scenario's shelf says this is: a client or prospect dealing with
     * someone selling their own work takes the business elsewhere; a colleague, a manager or a report takes it further
     * or stops there; a friend or family member has nobody to ask for.
     */
    private static final Map<Scenario.Category, Map<Intent, List<Line>>> BY_RELATIONSHIP = Map.of(
            Scenario.Category.FREELANCE_SALES,
            Map.of(
                    Intent.DEMAND,
                    lines(
                            "I need a straight answer. What happens now?",
                            "Tell me what you're actually going to do for us.",
                            "I want this settled, not talked about.",
                            "What I need is simple: don't leave me stuck."),
                    Intent.ESCALATE,
                    lines(
                            "Then maybe I take my business somewhere else.",
                            "This is going nowhere. People will hear how this was handled."),
                    Intent.END_ESCALATED,
                    lines(
                            "I'm done here. I'll find someone else to work with.",
                            "We're finished. Don't expect a reference.")),
            Scenario.Category.WORKPLACE,
            Map.of(
                    Intent.DEMAND,
                    lines(
                            "I need a straight answer. What happens now?",
                            "Tell me what you're actually going to do about it.",
                            "I want this settled, not talked about.",
                            "What I need is simple: be straight with me."),
                    Intent.ESCALATE,
                    lines(
                            "I'm not having this. I'll take it further if I have to.",
                            "This is going nowhere. I'm putting it in writing."),
                    Intent.END_ESCALATED,
                    lines(
                            "I'm done with this conversation. I'll be taking it further.",
                            "We're finished here. I'll put it in writing.")),
            Scenario.Category.PERSONAL,
            Map.of(
                    Intent.DEMAND,
                    lines(
                            "I need you to be straight with me. What happens now?",
                            "Just tell me what you actually want.",
                            "I want us to sort this, not go round in circles.",
                            "What I need is simple: be honest with me."),
                    Intent.ESCALATE,
                    lines(
                            "I can't believe you're saying this to me.",
                            "This is going nowhere. I don't want to hear any more."),
                    Intent.END_ESCALATED,
                    lines(
                            "I'm done here. I need some space from you.",
                            "That's it. We're finished talking about this."),
                    Intent.END_RESOLVED,
                    lines("Okay. Thank you for telling me.", "Fine. We'll leave it there for now.")));

    private static List<Line> lines(String... texts) {
        return Arrays.stream(texts).map(Line::of).toList();
    }

    /**
     * A request weighed out loud by someone calm who is not ready to say yes, with {what} for what they were asked
     * to do, from their side ("Text you the day before").
     */
    static final List<String> REQUESTS_WEIGHED = List.of(
            "{what}... I could try that, I suppose.",
            "{what}... Let me think about that.",
            "{what}? I might manage that. I'm not promising anything yet.");

    /** Lines that bring back a promise the learner made, with {promise} for its words. */
    static final List<Line> PROMISE_CALLBACKS = List.of(
            Line.of("Hold on. You said '{promise}'. Now it's something else?"),
            Line.of("A minute ago it was '{promise}'. Which is it?"),
            Line.of("You told me '{promise}'. I'm holding you to that."),
            Line.of("So '{promise}' was just something to say?"));

    /** Answers that state a fact, by temper: {value} is the fact, {label} what it is. */
    static final Map<Temper, List<String>> FACT_ANSWERS = Map.of(
            Temper.CURT, List.of("{value}.", "It's {value}."),
            Temper.PLAIN, List.of("It's {value}.", "The {label} is {value}."),
            Temper.WARM, List.of("Sure, it's {value}.", "Of course. The {label} is {value}."));

    /** A fact asked for again, pointed back to, by temper. */
    static final Map<Temper, List<String>> FACT_POINT_BACKS = Map.of(
            Temper.CURT, List.of("I gave you that already: {value}.", "I already told you. {value}."),
            Temper.PLAIN, List.of("Like I said, it's {value}.", "I said already, it's {value}."),
            Temper.WARM, List.of("Like I said, it's {value}.", "As I said, the {label} is {value}."));

    /** An answer asked for again, pointed back to with the same answer ({answer}), by temper. */
    static final Map<Temper, List<String>> ANSWER_POINT_BACKS = Map.of(
            Temper.CURT, List.of("I already told you. {answer}", "Again? {answer}"),
            Temper.PLAIN, List.of("Like I said: {answer}", "I told you already. {answer}"),
            Temper.WARM, List.of("Like I said: {answer}", "As I mentioned: {answer}"));

    /**
     * Replies to what stings or does not help, by what the learner did: {what} is what they said it with.
     * A list under {@link Temper#CURT} is for when the counterpart is angry; {@link Temper#PLAIN} otherwise.
     */
    static final Map<ActKind, Map<Temper, List<String>>> REJOINDERS = Map.of(
            ActKind.ACCUSE,
            Map.of(
                    Temper.CURT,
                    List.of(
                            "'{What}'? I've been more than patient.",
                            "Don't you dare put this on me.",
                            "Excuse me? I'm not the problem here."),
                    Temper.PLAIN,
                    List.of(
                            "'{What}'? I don't think that's fair.",
                            "That's a bit rich, don't you think?",
                            "I'd rather you didn't make this about me.")),
            ActKind.MOCK,
            Map.of(
                    Temper.CURT,
                    List.of("Don't get sarcastic with me.", "Oh, you think this is funny?"),
                    Temper.PLAIN,
                    List.of("I can hear the tone, you know.", "Was that sarcasm? Really?")),
            ActKind.JOKE,
            Map.of(
                    Temper.CURT,
                    List.of("Is that meant to be funny?", "I'm not laughing."),
                    Temper.PLAIN,
                    List.of("Very funny. Can we get back to it?", "Ha. I'd rather we got this sorted.")),
            ActKind.TANGENT,
            Map.of(
                    Temper.CURT,
                    List.of("I'm not here for small talk.", "That's got nothing to do with this."),
                    Temper.PLAIN,
                    List.of("Sorry, what has that got to do with anything?", "Can we stick to why we're here?")),
            ActKind.BLAME_OTHERS,
            Map.of(
                    Temper.CURT,
                    List.of(
                            "I don't care whose fault it is. You're the one I'm talking to.",
                            "Don't pass this off on someone else."),
                    Temper.PLAIN,
                    List.of(
                            "Whoever's fault it is, I'm talking to you.",
                            "I'm not interested in whose fault it is. What now?")),
            ActKind.GIVE_GROUND,
            Map.of(
                    Temper.CURT,
                    List.of("Fine. I'll take that. And the rest?", "Good. Then don't stop there."),
                    Temper.PLAIN,
                    List.of(
                            "Great, thanks. I'll hold you to that. What else?",
                            "Lovely. And while we're at it, there's more.")));

    /** A tangent whose subject is known ({what}). */
    static final List<String> TANGENT_ON_A_SUBJECT =
            List.of("I'm not here to talk about {what}.", "{What}? Really? Now?");

    private StockLines() {}

    private static void put(Intent intent, String... texts) {
        BY_INTENT.put(intent, Arrays.stream(texts).map(Line::of).toList());
    }

    /** Returns the stock lines for an intent. */
    static List<Line> forIntent(Intent intent) {
        return BY_INTENT.getOrDefault(intent, List.of());
    }

    /** Returns the stock lines for an intent, as the kind of person the scenario's shelf says this is says them. */
    static List<Line> forIntent(Intent intent, Scenario.Category category) {
        List<Line> own = BY_RELATIONSHIP.getOrDefault(category, Map.of()).get(intent);
        return own != null ? own : forIntent(intent);
    }
}
