package dev.spar.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a playable first draft of a scenario from a short setup: generic but in-character lines the
 * learner can then edit to sound like their person.
 */
public final class StarterScenario {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "to", "and", "or", "of", "for", "my", "me", "i", "them", "they", "their", "it", "is",
            "be", "that", "this", "with", "on", "in", "at", "want", "would", "like", "get", "ask", "tell", "about",
            "so", "we", "our", "us", "you", "your", "he", "she", "his", "her", "from", "will", "can", "not", "no", "do",
            "does", "more", "less", "just", "really");

    private StarterScenario() {}

    /** Returns a starter scenario for the setup, with the given id. */
    public static Scenario from(String id, Setup setup) {
        String name = setup.name().isBlank() ? "Them" : setup.name().strip();
        boolean heated =
                containsAny(setup.reaction(), "angry", "shout", "yell", "furious", "defensive", "upset", "rude");
        Mood mood = heated ? new Mood(55, 35, 55) : new Mood(35, 45, 60);
        List<Reaction> triggers = new ArrayList<>(List.of(
                new Reaction("dismissal", 3, "Being brushed off"),
                new Reaction("blame", 2, "Being told it is their fault"),
                new Reaction("hedging", 1, "Vagueness invites them to push")));
        if (containsAny(setup.fear(), "guilt", "talk me out", "back down", "give in", "cave", "push me")) {
            triggers.add(new Reaction("concession", 2, "Once you give ground, they push for more"));
        }
        List<Reaction> soothers = List.of(
                new Reaction("acknowledgement", 2, "Hearing their side named"),
                new Reaction("paraphrase", 2, "Hearing their point said back fairly"),
                new Reaction("clear-limit", 1, "Knowing exactly where they stand"));
        List<Need> needs = List.of(
                new Need("heard", "To feel their side was heard", List.of("acknowledge", "paraphrase", "empathise")),
                new Need("clarity", "To know what happens next", List.of("next-step", "state-limit", "offer-option")));
        List<PersonaVersion> versions = List.of(
                new PersonaVersion(
                        "Defensive",
                        "Takes it as criticism and pushes back hard.",
                        new Mood(15, -5, -5),
                        List.of(new Reaction("over-explaining", 2, "A long justification sounds like an attack"))),
                new PersonaVersion(
                        "Hurt",
                        "Goes quiet and wounded; makes you feel bad for raising it.",
                        new Mood(5, -10, 0),
                        List.of(new Reaction(
                                "over-apology", 1, "Apologies make them feel they were right to be hurt"))),
                new PersonaVersion(
                        "Busy and curt",
                        "Has no time and wants you to get to the point.",
                        new Mood(0, 0, -25),
                        List.of(new Reaction("over-explaining", 3, "No patience for a long run-up"))));
        String want = sentence(setup.want());
        KeyPoint point = new KeyPoint("the-ask", want, cuesOf(setup.want()));
        return new Scenario(
                id,
                "Talking to " + setup.who().strip(),
                setup.category(),
                want,
                3,
                Scenario.Opener.LEARNER,
                new LearnerBrief("Myself", want, List.of(point), List.of(sentence(setup.fear()))),
                new Persona(name, setup.who().strip(), sentence(setup.reaction()), "", mood, triggers, soothers, needs),
                Optional.empty(),
                List.of(),
                Map.of(),
                versions,
                starterLines());
    }

    private static Lines starterLines() {
        Map<Intent, List<Line>> lines = new EnumMap<>(Intent.class);
        put(
                lines,
                Intent.OPEN,
                "Okay. What is this about?",
                "You wanted to talk. Go on.",
                "This sounds serious. What is it?");
        put(
                lines,
                Intent.VENT,
                "I honestly didn't expect this from you.",
                "Do you know how this feels from my side?",
                "I've been doing my best here, and this is what I get?",
                "I feel like I'm being ambushed.");
        put(
                lines,
                Intent.DEMAND,
                "So what exactly do you want from me?",
                "Just tell me what you need and we'll see.",
                "I need you to be clear with me.");
        put(
                lines,
                Intent.CHALLENGE,
                "Why are you only bringing this up now?",
                "That's not fair and you know it.",
                "You make it sound like it's all on me.",
                "Are you even listening to yourself?");
        lines.get(Intent.CHALLENGE)
                .addAll(List.of(
                        new Line("'{echo}'? Seriously?", List.of("dismissal", "blame", "condescension"), List.of()),
                        new Line(
                                "If you're not sure, why are we even talking about it?", List.of("hedging"), List.of()),
                        new Line(
                                "So you don't really mean it, then.",
                                List.of("concession", "over-apology"),
                                List.of())));
        put(
                lines,
                Intent.ANSWER,
                "I don't know, it just happened that way.",
                "Because that's how it has always been.",
                "I didn't think it was a problem until now.");
        put(
                lines,
                Intent.CURVEBALL,
                "And what about the time you did the same thing?",
                "Is this really about that, or something else?",
                "Everyone else seems fine with it.",
                "Can we talk about this another time?");
        put(
                lines,
                Intent.REJECT_OPTION,
                "No, that won't work for me.",
                "That's not really a solution, is it?",
                "I'm not agreeing to that.");
        put(
                lines,
                Intent.SOFTEN,
                "Okay. I didn't realise it mattered this much to you.",
                "Fine. I can hear you're serious.",
                "Alright, that's fair.",
                "I suppose I can see it from your side.");
        put(lines, Intent.ACCEPT, "Okay. Let's try it your way.", "Alright, I can do that.", "Fine. We'll do that.");
        put(
                lines,
                Intent.ESCALATE,
                "If that's how you feel, maybe we shouldn't do this at all.",
                "I'm not going to sit here and be criticised.",
                "I'll talk to someone else about this.");
        put(lines, Intent.END_RESOLVED, "Okay. Thanks for telling me straight.", "Alright. Let's leave it there.");
        put(
                lines,
                Intent.END_ESCALATED,
                "I'm taking this further. We're done.",
                "I don't want to discuss this with you anymore.");
        put(lines, Intent.END_WALKED_AWAY, "I can't talk about this right now.", "I need to go.");
        return Lines.of(lines);
    }

    private static void put(Map<Intent, List<Line>> lines, Intent intent, String... texts) {
        lines.put(intent, new ArrayList<>(Arrays.stream(texts).map(Line::of).toList()));
    }

    /** Returns the words that show a point was made: its content words, or the whole point if it has none. */
    public static List<String> cuesOf(String want) {
        List<String> words = Arrays.stream(want.toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
                .filter(w -> w.length() > 2 && !STOP_WORDS.contains(w))
                .distinct()
                .limit(4)
                .collect(Collectors.toList());
        return words.isEmpty() ? List.of(want.toLowerCase(Locale.ROOT).strip()) : words;
    }

    private static boolean containsAny(String text, String... words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(words).anyMatch(lower::contains);
    }

    /** Returns the text as a sentence: capitalised, ending with a full stop unless it has an end mark. */
    public static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.matches(".*[.!?]$") ? t : t + ".";
    }
}
