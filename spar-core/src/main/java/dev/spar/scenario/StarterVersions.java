package dev.spar.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of a starter scenario's counterpart, by kind of conversation, each with a few lines of its own
 * so that another version sounds like another person. {@code {topic}} is what the conversation is about.
 */
final class StarterVersions {
    private StarterVersions() {}

    static List<PersonaVersion> of(Relationship.Register register) {
        PersonaVersion defensive = version(
                "Defensive",
                "Takes it as criticism and pushes back hard.",
                new Mood(15, -5, -5),
                List.of(new Reaction("over-explaining", 2, "A long justification sounds like an attack")),
                Map.of(
                        Intent.OPEN, List.of("Right. What have I done now?"),
                        Intent.VENT, List.of("So now it's my fault. Great.", "I don't see why I'm the problem here."),
                        Intent.CHALLENGE, List.of("Oh, so I'm the bad guy now?", "Don't turn this around on me."),
                        Intent.SOFTEN, List.of("Fine. Maybe I got a bit defensive there.")));
        return switch (register) {
            case PERSONAL ->
                List.of(
                        version(
                                "Hurt",
                                "Goes quiet and wounded; makes you feel bad for raising it.",
                                new Mood(5, -5, 0),
                                List.of(new Reaction(
                                        "over-apology", 1, "Apologies make them feel they were right to be hurt")),
                                Map.of(
                                        Intent.OPEN,
                                        List.of("Oh. That sounds serious. Is it about {topic}?"),
                                        Intent.VENT,
                                        List.of(
                                                "Oh. Okay. I didn't realise you felt like that.",
                                                "That really hurts, you know."),
                                        Intent.CHALLENGE,
                                        List.of("So that's what you think of me."),
                                        Intent.SOFTEN,
                                        List.of("Okay. Thank you for saying it kindly. It still stings."))),
                        defensive,
                        version(
                                "Laughs it off",
                                "Makes a joke of it and waits for you to drop the subject.",
                                new Mood(-10, -5, 5),
                                List.of(new Reaction("hedging", 2, "Anything soft gets laughed off")),
                                Map.of(
                                        Intent.OPEN,
                                        List.of("Ha! Why the long face? Is this about {topic}?"),
                                        Intent.DEMAND,
                                        List.of("Go on then, out with it. Ha, you look terrified."),
                                        Intent.VENT,
                                        List.of(
                                                "Ha! Is that what all the drama's about? {topic}?",
                                                "Oh come on, you're being so serious. It's me!"),
                                        Intent.CHALLENGE,
                                        List.of("Ha, good one. Wait, you're not joking?"),
                                        Intent.SOFTEN,
                                        List.of("Okay, okay, I'll stop laughing. You really mean it."))));
            case WORK ->
                List.of(
                        defensive,
                        busy(),
                        version(
                                "Reasonable but sceptical",
                                "Listens, then asks for evidence for everything.",
                                new Mood(-5, -10, 0),
                                List.of(new Reaction("guessing", 2, "A guess where they wanted a fact")),
                                Map.of(
                                        Intent.VENT, List.of("I hear you. I'm just not sure the facts back it up."),
                                        Intent.CHALLENGE,
                                                List.of("What's that based on, exactly?", "Do you have an example?"),
                                        Intent.SOFTEN,
                                                List.of("Okay. That's a fair example. I'll take it on board."))));
            case BUSINESS ->
                List.of(
                        defensive,
                        version(
                                "Hurt",
                                "Takes it personally after all this time; makes you feel bad for raising it.",
                                new Mood(5, -10, 0),
                                List.of(new Reaction(
                                        "over-apology", 1, "Apologies make them feel they were right to be hurt")),
                                Map.of(
                                        Intent.VENT, List.of("After all the business I've given you. Honestly."),
                                        Intent.SOFTEN, List.of("Alright. I appreciate you saying that."))),
                        busy());
        };
    }

    private static PersonaVersion busy() {
        return version(
                "Busy and curt",
                "Has no time and wants you to get to the point.",
                new Mood(0, 0, -25),
                List.of(new Reaction("over-explaining", 3, "No patience for a long run-up")),
                Map.of(
                        Intent.OPEN, List.of("I've got five minutes. What is it?"),
                        Intent.VENT, List.of("I've got five minutes. Get to the point."),
                        Intent.CHALLENGE, List.of("Shorter, please.", "And? Bottom line?"),
                        Intent.SOFTEN, List.of("Good. Clear. Go on.")));
    }

    private static PersonaVersion version(
            String name, String description, Mood shift, List<Reaction> triggers, Map<Intent, List<String>> own) {
        Map<Intent, List<Line>> lines = new EnumMap<>(Intent.class);
        own.forEach((intent, texts) ->
                lines.put(intent, new ArrayList<>(texts.stream().map(Line::of).toList())));
        return new PersonaVersion(name, description, shift, triggers, List.of(), Lines.of(lines));
    }
}
