package dev.spar.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a starter scenario's counterpart, by relationship: a friend talks about the friendship, a
 * mother-in-law about the family, a manager about the team, a customer about the order. {@code {topic}} is
 * what the conversation is about, in the counterpart's words ("my wedding").
 */
final class RelationshipLines {
    private RelationshipLines() {}

    /** Returns the lines for a relationship: its own where it has them, its register's for the rest. */
    static Lines of(Relationship relationship) {
        Map<Intent, List<Line>> lines = new EnumMap<>(Intent.class);
        register(relationship.register(), lines);
        own(relationship, lines);
        challengesOnHabits(lines);
        return Lines.of(lines);
    }

    private static void register(Relationship.Register register, Map<Intent, List<Line>> l) {
        switch (register) {
            case PERSONAL -> {
                put(
                        l,
                        Intent.OPEN,
                        "Okay. You sounded serious. Is this about {topic}?",
                        "What's going on? You've gone quiet on me.");
                put(
                        l,
                        Intent.VENT,
                        "I honestly didn't see this coming. Not from you.",
                        "Do you know how this feels from my side?",
                        "I thought we were fine.");
                put(
                        l,
                        Intent.DEMAND,
                        "So what are you actually saying about {topic}?",
                        "Just say it plainly. What do you want?",
                        "Tell me what this means for us.");
                put(
                        l,
                        Intent.CHALLENGE,
                        "Why are you only telling me now?",
                        "That's not fair and you know it.",
                        "You make it sound like it's all on me.");
                put(
                        l,
                        Intent.ANSWER,
                        "I don't know. I didn't think it was a problem.",
                        "Because I thought that's what you wanted.",
                        "I never meant anything by it.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this really about {topic}, or is something else going on with you?",
                        "Has someone put you up to this?",
                        "You never said anything before.");
                put(
                        l,
                        Intent.REJECT_OPTION,
                        "No. I don't see why I should.",
                        "That doesn't fix how this feels.",
                        "I don't want a compromise, I want to understand.");
                put(
                        l,
                        Intent.SOFTEN,
                        "Okay. I can hear this wasn't easy for you to say.",
                        "Alright. I didn't realise it mattered this much to you.",
                        "I suppose I can see it from your side.");
                put(
                        l,
                        Intent.ACCEPT,
                        "Okay. I don't love it, but okay.",
                        "Alright. Let's try it your way.",
                        "Fine. I'd rather know than not.");
                put(l, Intent.ESCALATE, "I can't believe you'd say that to me.", "Maybe I've been wrong about us.");
                put(
                        l,
                        Intent.END_RESOLVED,
                        "Okay. Thank you for telling me straight. I'll need a bit of time.",
                        "Alright. I'm glad you told me, even if it stings.");
                put(l, Intent.END_ESCALATED, "I think you should go.", "I don't want to talk about this anymore.");
                put(
                        l,
                        Intent.END_WALKED_AWAY,
                        "I need some air. We'll talk another time.",
                        "I can't do this right now.");
            }
            case WORK -> {
                put(
                        l,
                        Intent.OPEN,
                        "Sure, I've got a few minutes. Is this about {topic}?",
                        "Okay. What did you want to talk about?");
                put(
                        l,
                        Intent.VENT,
                        "I've had a lot on, and this is the last thing I needed.",
                        "Honestly, I don't think I've been treated fairly here.",
                        "I'm doing my best with what I've got.");
                put(
                        l,
                        Intent.DEMAND,
                        "What exactly are you asking for on {topic}?",
                        "Give me something concrete.",
                        "What do you need from me, specifically?");
                put(
                        l,
                        Intent.CHALLENGE,
                        "Why is this coming up now?",
                        "Where is this coming from?",
                        "That's not how I see it at all.");
                put(
                        l,
                        Intent.ANSWER,
                        "It's been like that for a while, to be honest.",
                        "That's how it was handed to me.",
                        "I didn't think it was an issue.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "While we're at it, there's something that's been bothering me too.",
                        "Has someone said something about me?",
                        "Can we pick this up next week instead?");
                put(
                        l,
                        Intent.REJECT_OPTION,
                        "That doesn't really work for me.",
                        "I don't think that solves it.",
                        "No, I can't agree to that.");
                put(
                        l,
                        Intent.SOFTEN,
                        "Okay. That's fair.",
                        "Alright, I can see where you're coming from.",
                        "Thanks for being straight with me.");
                put(l, Intent.ACCEPT, "Okay. Let's do that.", "Alright, I can work with that.", "Fine. Let's try it.");
                put(
                        l,
                        Intent.ESCALATE,
                        "I think we need to bring HR into this.",
                        "I'm not going to sit here and be criticised.");
                put(l, Intent.END_RESOLVED, "Okay. Let's check in on it next week.", "Alright. Thanks for raising it.");
                put(l, Intent.END_ESCALATED, "I'll be taking this further.", "I think we're done here.");
                put(l, Intent.END_WALKED_AWAY, "I've got to get back to work.", "Let's leave it there for today.");
            }
            case BUSINESS -> {
                put(l, Intent.OPEN, "Right. I'm calling about {topic}.", "Okay, go on. What's this about?");
                put(
                        l,
                        Intent.VENT,
                        "I've been a loyal customer and this is how I'm treated?",
                        "Do you know how much time this has cost me?",
                        "Nobody has given me a straight answer yet.");
                put(
                        l,
                        Intent.DEMAND,
                        "What are you going to do about {topic}?",
                        "I want this sorted, not talked about.",
                        "Tell me exactly what happens next.");
                put(
                        l,
                        Intent.CHALLENGE,
                        "That's not an answer.",
                        "Why am I only hearing this now?",
                        "Is that really the best you can do?");
                put(
                        l,
                        Intent.ANSWER,
                        "I've told you what I know.",
                        "It's all in the emails I sent.",
                        "That's what I was told last time.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "And frankly, this isn't the first time.",
                        "I've been looking at other options, you know.",
                        "Who else is going to hear about this?");
                put(
                        l,
                        Intent.REJECT_OPTION,
                        "No. That doesn't work for me.",
                        "I'm not sure that's enough.",
                        "I'm not agreeing to that.");
                put(l, Intent.SOFTEN, "Okay. That's fair.", "Alright. I appreciate that.", "Fine. I'm listening.");
                put(
                        l,
                        Intent.ACCEPT,
                        "Okay. Let's do that.",
                        "Alright, I can live with that.",
                        "Fine. Put it in writing.");
                put(
                        l,
                        Intent.ESCALATE,
                        "I want to talk to someone more senior.",
                        "This is going nowhere. Who's above you?");
                put(
                        l,
                        Intent.END_RESOLVED,
                        "Okay. Thank you. I'll wait to hear from you.",
                        "Fine. We'll leave it there for now.");
                put(
                        l,
                        Intent.END_ESCALATED,
                        "I'm taking this further. We're done.",
                        "I'll take my business elsewhere.");
                put(
                        l,
                        Intent.END_WALKED_AWAY,
                        "I haven't got time for this. Goodbye.",
                        "We're going round in circles. I'm going.");
            }
        }
    }

    private static void own(Relationship relationship, Map<Intent, List<Line>> l) {
        switch (relationship) {
            case FRIEND -> {
                put(
                        l,
                        Intent.OPEN,
                        "Hey, you. You sounded weird on the phone. Is this about {topic}?",
                        "Okay, mate. What's up?");
                put(
                        l,
                        Intent.VENT,
                        "I thought I could count on you. Of all people.",
                        "We've been friends for how long? And you tell me this now?",
                        "I honestly don't know what to say to you.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this about {topic}, or have I done something?",
                        "Does everyone else know already?",
                        "Remember when I was there for you? I'm just saying.");
                put(
                        l,
                        Intent.SOFTEN,
                        "Okay. I know you wouldn't say this if it didn't matter.",
                        "Alright. I'm glad it was you who told me.",
                        "Yeah. Okay. Come here, you idiot.");
                put(
                        l,
                        Intent.END_ESCALATED,
                        "I think I need some space from you for a bit.",
                        "I can't look at you right now.");
            }
            case FAMILY -> {
                put(
                        l,
                        Intent.OPEN,
                        "Well. You've got your serious face on. Is this about {topic}?",
                        "What is it, love? Has something happened?");
                put(
                        l,
                        Intent.VENT,
                        "I've only ever tried to help this family.",
                        "After all these years, this is what I hear?",
                        "I suppose I'm just in the way now.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this you talking, or has someone put you up to it?",
                        "Nobody in this family has ever spoken to me like this.",
                        "You never minded before.");
                put(
                        l,
                        Intent.SOFTEN,
                        "Alright. I didn't know it bothered you that much.",
                        "Well. I suppose you've got your own way of doing things.",
                        "Alright, love. I hear you.");
            }
            case PARTNER -> {
                put(
                        l,
                        Intent.OPEN,
                        "Okay. You've been quiet all evening. Is this about {topic}?",
                        "What's wrong? Just tell me.");
                put(
                        l,
                        Intent.VENT,
                        "I feel like I'm always the one getting it wrong.",
                        "You could have told me this weeks ago.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this really about {topic}, or about us?",
                        "You do the same thing, you know.");
                put(
                        l,
                        Intent.SOFTEN,
                        "Okay. I hear you. I don't want us to fight about this.",
                        "Alright. Thank you for telling me instead of stewing.");
            }
            case MANAGER -> {
                put(
                        l,
                        Intent.OPEN,
                        "I've got fifteen minutes. What's {topic} about?",
                        "Sure, come in. What's on your mind?");
                put(
                        l,
                        Intent.DEMAND,
                        "What would you like me to do about {topic}, concretely?",
                        "Make the case. What's the business reason?");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Before we go on, how are things with the rest of the team?",
                        "Is this something you've discussed with anyone else?");
            }
            case REPORT -> {
                put(l, Intent.OPEN, "You wanted to see me? Is this about {topic}?", "Sure. Am I in trouble?");
                put(
                        l,
                        Intent.VENT,
                        "I've been working flat out and nobody's noticed.",
                        "Honestly, I feel like I'm being singled out.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this coming from you, or from above?",
                        "Other people do the same and nobody says anything to them.");
            }
            case COLLEAGUE -> {
                put(l, Intent.OPEN, "Hey. Got a minute? Oh, you wanted me. Is this about {topic}?", "Sure. What's up?");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Have you talked to the manager about this already?",
                        "You know I've got my own deadlines, right?");
            }
            case CLIENT -> {
                put(l, Intent.OPEN, "Hi. You wanted a call. Is this about {topic}?", "Okay. Let's hear it.");
                put(
                        l,
                        Intent.VENT,
                        "We've worked together a long time. I thought that counted for something.",
                        "I've got a launch coming and this is the last thing I need.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this about the rate? Because we can talk about the rate.",
                        "Who's going to pick this up if you don't?");
            }
            case OTHER -> {
                // A neighbour, a landlord, someone the description does not place: not intimate, not a desk.
                put(
                        l,
                        Intent.VENT,
                        "I honestly didn't expect this conversation today.",
                        "Do you know how this looks from my side?",
                        "I've been doing my best here.");
                put(
                        l,
                        Intent.CURVEBALL,
                        "Is this really about {topic}, or is something else going on?",
                        "Nobody else has ever complained.",
                        "Can we talk about this another time?");
                put(
                        l,
                        Intent.ESCALATE,
                        "I'm not going to stand here and be lectured.",
                        "If that's your attitude, we're done talking.");
                put(l, Intent.END_ESCALATED, "We're done here.", "I don't want to discuss this any further.");
            }
            case CUSTOMER -> {
                // The register's lines fit.
            }
        }
    }

    /** Lines aimed at what the learner just did, the same in every relationship. */
    private static void challengesOnHabits(Map<Intent, List<Line>> l) {
        List<Line> challenge = new ArrayList<>(l.getOrDefault(Intent.CHALLENGE, List.of()));
        challenge.add(new Line("'{echo}'? Seriously?", List.of("dismissal", "blame", "condescension"), List.of()));
        challenge.add(new Line("If you're not sure, why are we even talking about it?", List.of("hedging"), List.of()));
        challenge.add(new Line("So you don't really mean it, then.", List.of("concession", "over-apology"), List.of()));
        l.put(Intent.CHALLENGE, challenge);
    }

    private static void put(Map<Intent, List<Line>> lines, Intent intent, String... texts) {
        lines.put(intent, new ArrayList<>(Arrays.stream(texts).map(Line::of).toList()));
    }
}
