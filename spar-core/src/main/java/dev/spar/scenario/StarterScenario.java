package dev.spar.scenario;

import dev.spar.analysis.PointOfView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
            "does", "more", "less", "just", "really", "when", "what", "how", "why", "where", "who", "which", "while",
            "if", "but", "then", "than", "there", "give", "make", "let", "are", "was", "were", "has", "have", "had",
            "been", "some", "any", "all", "also", "very", "too", "need", "try", "say", "know", "him", "its", "it's",
            "i'm", "i'd", "i'll", "that's");

    private StarterScenario() {}

    /**
     * Returns a starter scenario for the setup, with the given id: a counterpart in the voice of the
     * relationship the setup describes, starting in the mood that relationship and the learner's forecast
     * suggest, and talking about what the learner wants to raise.
     */
    public static Scenario from(String id, Setup setup) {
        String name = nameOf(setup);
        String who = withoutName(setup.who(), name);
        Relationship relationship = Relationship.of(setup.who(), setup.category());
        Mood mood = startingMood(relationship, setup);
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
        String want = sentence(setup.want());
        KeyPoint point = askOf(setup.want(), name);
        String toThem = capitalised(toLearner(who));
        return new Scenario(
                id,
                "Talking to " + setup.who().strip(),
                setup.category(),
                situationOf(name, toThem, setup),
                3,
                Scenario.Opener.LEARNER,
                new LearnerBrief(
                        roleOf(relationship, name, who), want, List.of(point), List.of(sentence(setup.fear()))),
                new Persona(
                        name,
                        toThem.isEmpty() ? setup.who().strip() : toThem,
                        sentence(setup.reaction()),
                        "",
                        mood,
                        triggers,
                        soothers,
                        needs),
                Optional.empty(),
                List.of(
                        "Say what you came to say early and plainly: '" + point.text() + "'",
                        "Ask how they see it, and say it back before you answer it",
                        "Hold your ask if they push back; don't give it up to end the awkwardness",
                        "Agree what happens next"),
                Map.of("topic", topicOf(setup.want(), setup.who())),
                StarterVersions.of(relationship.register()),
                RelationshipLines.of(relationship));
    }

    /**
     * Returns what the learner came to say, as a key point they can say to the other person: the setup's want is
     * written about them ("get Jess to stick to the kitchen rota", "she needs to do her share"), the key point is
     * said to them ("I need you to stick to the kitchen rota.", "You need to do your share.").
     */
    public static KeyPoint askOf(String want, String name) {
        String said = sentence(learnerLine(want, name));
        return new KeyPoint("the-ask", said, cuesOf(want));
    }

    private static final String PERSON = "(?:him|her|them|he|she|they|my [\\p{L}-]+(?: [\\p{L}-]+)?)";

    /** "Tell him the pages cost £800": what is told, said to them. */
    private static final Pattern TELL = Pattern.compile(
            "(?i)^(?:tell|telling|remind|warn|explain to|let)\\s+(?:%s)(?:\\s+know)?\\s+(?:that\\s+)?(.+)$");

    /** "Ask her to text first", "get Jess to stick to the rota": what they are asked to do. */
    private static final Pattern ASK_TO = Pattern.compile(
            "(?i)^(?:ask|asking|get|getting|convince|persuade|make|tell)\\s+(?:%s)\\s+(not\\s+)?to\\s+(.+)$");

    /** "Ask (Priya) for a raise": what is asked for. */
    private static final Pattern ASK_FOR = Pattern.compile("(?i)^ask(?:ing)?\\s+(?:(?:%s)\\s+)?for\\s+(.+)$");

    /** "Get the boiler fixed this week": what the learner needs done. */
    private static final Pattern NEED_DONE = Pattern.compile("(?i)^get\\s+((?:the|my|a|an|some|our)\\s.+)$");

    /** "She needs to do her share", "Jess agrees to move out": a sentence about them. */
    private static final Pattern ABOUT_THEM = Pattern.compile("(?i)^(?:he|she|they|%s)\\s+(\\S+)(.*)$");

    static String learnerLine(String want, String name) {
        String w = withoutManner(want).strip().replaceAll("[.!]+$", "");
        String person = "(?:" + PERSON + (name.isBlank() || name.equals("Them") ? "" : "|" + Pattern.quote(name)) + ")";
        java.util.regex.Matcher m;
        if ((m = compile(ASK_TO, person).matcher(w)).matches()) {
            boolean ask = w.toLowerCase(Locale.ROOT).startsWith("ask");
            return (ask ? "I'd like you " : "I need you ") + (m.group(1) == null ? "" : "not ") + "to "
                    + toThem(m.group(2), name);
        }
        if ((m = compile(ASK_FOR, person).matcher(w)).matches()) {
            return "I'd like " + toThem(m.group(1), name);
        }
        if ((m = NEED_DONE.matcher(w)).matches()) {
            return "I need " + m.group(1);
        }
        if ((m = compile(TELL, person).matcher(w)).matches()) {
            return toThem(m.group(1), name);
        }
        if ((m = compile(ABOUT_THEM, Pattern.quote(name.isBlank() ? "Them" : name))
                        .matcher(w))
                .matches()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            if (verb.equals("agrees") || verb.equals("agree")) {
                return "I'd like you to agree" + toThem(m.group(2), name);
            }
            return "You " + firstPersonYou(verb) + toThem(m.group(2), name);
        }
        return w;
    }

    private static Pattern compile(Pattern shape, String person) {
        return Pattern.compile(shape.pattern().replace("%s", person), shape.flags());
    }

    /** Returns words about them as said to them: "before she comes over" is "before you come over". */
    private static String toThem(String about, String name) {
        String[] words = about.split("(?<=\\s)|(?=\\s)");
        StringBuilder out = new StringBuilder();
        boolean afterSubject = false;
        for (String word : words) {
            if (word.isBlank()) {
                out.append(word);
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String bare = lower.replaceAll("[^\\p{L}']", "");
            String tail = word.substring(word.replaceAll("[^\\p{L}'].*$", "").length());
            String said;
            if (Set.of("he", "she", "they").contains(bare)
                    || (!name.isBlank() && bare.equals(name.toLowerCase(Locale.ROOT)))) {
                said = "you" + tail;
                afterSubject = true;
                out.append(said);
                continue;
            }
            if (!name.isBlank() && bare.equals(name.toLowerCase(Locale.ROOT) + "'s")) {
                said = "your" + tail;
            } else if (Set.of("him", "them").contains(bare)) {
                said = "you" + tail;
            } else if (Set.of("his", "her", "their").contains(bare)) {
                said = "your" + tail;
            } else if (afterSubject) {
                said = firstPersonYou(bare) + tail;
            } else {
                said = word;
            }
            afterSubject = false;
            out.append(said);
        }
        return out.toString();
    }

    /** Returns a verb said of "he" or "she" as said of "you": "needs" is "need", "is" is "are", "has" is "have". */
    private static String firstPersonYou(String verb) {
        return switch (verb) {
            case "is" -> "are";
            case "was" -> "were";
            case "has" -> "have";
            case "does" -> "do";
            case "doesn't" -> "don't";
            case "isn't" -> "aren't";
            case "wasn't" -> "weren't";
            default ->
                Optional.ofNullable(PointOfView.withoutThirdPersonS(verb)).orElse(verb);
        };
    }

    /**
     * Returns what to call them: the name given, else a name in how they were described ("Jess, my flatmate"), else
     * "Them".
     */
    static String nameOf(Setup setup) {
        if (!setup.name().isBlank()) {
            // "Jess, my flatmate Jess" typed as the name is Jess, described.
            String given = setup.name().strip();
            int comma = given.indexOf(',');
            return comma > 0 ? given.substring(0, comma).strip() : given;
        }
        java.util.regex.Matcher m = NAME_IN.matcher(setup.who());
        while (m.find()) {
            if (!Set.of("My", "The", "A", "An", "Our", "Who", "I").contains(m.group())) {
                return m.group();
            }
        }
        return "Them";
    }

    private static final Pattern NAME_IN = Pattern.compile("\\b[A-Z][a-z]+\\b");

    /** Returns how they were described without their name: "Jess, my flatmate" and "my flatmate Jess" are "my flatmate". */
    static String withoutName(String who, String name) {
        if (name.isBlank() || name.equals("Them")) {
            return who.strip();
        }
        String out = who.replaceAll("(?i)\\s*,?\\s*\\b" + Pattern.quote(name) + "\\b\\s*,?", " ")
                .replaceAll("\\s+", " ")
                .strip();
        out = out.replaceAll("^[,\\s]+|[,\\s]+$", "");
        // "my mum" called Mum is still "my mum".
        return out.replaceAll("(?i)^(?:my|a|an|the|our)$", "").isBlank() ? who.strip() : out;
    }

    /** Returns a description in the learner's words as said to the learner: "my flatmate" is "your flatmate". */
    private static String toLearner(String who) {
        return who.replaceAll("(?i)\\bmy\\b", "your")
                .replaceAll("(?i)\\bme\\b", "you")
                .replaceAll("\\bI\\b", "you");
    }

    /** Returns the brief's situation: who they are, what the learner wants, and how they will probably react. */
    private static String situationOf(String name, String toThem, Setup setup) {
        String who = toThem.isEmpty()
                ? ""
                : (name.equals("Them") ? "They are " : name + " is ") + lowerFirst(toThem, name) + ".";
        String want = "What you want from it: "
                + lowerFirst(toLearner(withoutManner(setup.want()).strip()).replaceAll("[.!]+$", ""), name) + ".";
        String react = setup.reaction().isBlank()
                ? ""
                : " How they will probably take it: " + lowerFirst(sentence(setup.reaction()), name);
        return (who.isEmpty() ? "" : who + " ") + want + react;
    }

    /** Returns the text with its first letter in lower case, unless it starts with their name. */
    private static String lowerFirst(String text, String name) {
        if (text.isEmpty() || (!name.isBlank() && text.startsWith(name))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Returns who the learner is to them, from the relationship: "Jess's flatmate", "On Priya's team". */
    private static String roleOf(Relationship relationship, String name, String who) {
        String whose = name.equals("Them") ? "Their" : name + "'s";
        String noun = who.toLowerCase(Locale.ROOT)
                .replaceAll("^(?:my|a|an|the)\\s+", "")
                .split("[,\\s]")[0];
        return switch (relationship) {
            case FRIEND, PARTNER, COLLEAGUE ->
                Set.of("flatmate", "roommate", "housemate", "friend", "partner", "colleague", "teammate", "peer")
                                .contains(noun)
                        ? whose + " " + noun
                        : whose + " " + relationship.name().toLowerCase(Locale.ROOT);
            case FAMILY, OTHER -> "Myself";
            case MANAGER -> "On " + whose + " team";
            case REPORT -> whose + " manager";
            case CLIENT -> "Doing the work for " + (name.equals("Them") ? "a client" : name + ", your client");
            case CUSTOMER -> "Looking after " + (name.equals("Them") ? "a customer" : name + ", a customer");
        };
    }

    /**
     * Returns how they start: the relationship's usual mood, moved by how the learner thinks they will react
     * (a close friend who will be hurt starts hurt, not furious).
     */
    static Mood startingMood(Relationship relationship, Setup setup) {
        Mood base = relationship.startingMood();
        int anger = 0;
        int trust = 0;
        String reaction = setup.reaction();
        if (containsAny(reaction, "angry", "furious", "shout", "yell", "rage", "explode", "rude", "livid")) {
            anger += 25;
            trust -= 10;
        } else if (containsAny(reaction, "defensive", "argue", "push back", "pushback", "deny", "annoyed")) {
            anger += 15;
            trust -= 5;
        } else if (containsAny(reaction, "hurt", "upset", "sad", "cry", "tear", "disappointed", "wounded", "guilt")) {
            anger += 10;
        } else if (containsAny(reaction, "calm", "understand", "fine", "reasonable", "accept", "relieved")) {
            anger -= 10;
        }
        if (containsAny(setup.who(), "close", "best", "oldest", "dear")) {
            trust += 10;
        }
        return base.shiftedBy(new Mood(anger, trust, 0));
    }

    private static final Set<String> DETERMINERS = Set.of("my", "his", "her", "their", "our", "your", "the", "a", "an");
    private static final Set<String> PHRASE_ENDS = Set.of(
            "and", "but", "or", "because", "so", "if", "when", "that", "which", "who", "at", "on", "in", "to", "for",
            "with", "about", "of", "from", "by", "anymore", "again", "any", "more", "now", "next", "this", "is", "was",
            "be", "are", "will", "can", "can't", "won't", "not", "isn't");
    private static final Set<String> LEAD_VERBS = Set.of(
            "tell",
            "telling",
            "ask",
            "asking",
            "let",
            "letting",
            "get",
            "getting",
            "make",
            "convince",
            "persuade",
            "explain",
            "say",
            "talk",
            "talking",
            "saying",
            "explaining",
            "remind",
            "warn",
            "inform",
            "confront");
    private static final Set<String> CLAUSE_STARTS = Set.of(
            "i", "i'm", "i've", "that", "to", "not", "whether", "if", "about", "we", "he", "she", "they", "you", "it",
            "for");

    /**
     * Returns what the conversation is about in the counterpart's words: the last thing the learner names
     * with a determiner ("his wedding" becomes "my wedding"), else what they ask for as an activity
     * ("not to drop by unannounced" becomes "dropping by unannounced"), else "this".
     */
    static String topicOf(String want, String who) {
        List<String> words = Arrays.stream(
                        withoutManner(want).toLowerCase(Locale.ROOT).split("[^a-z0-9%'$-]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        // A description may say a word twice ("my landlord, who never answers my emails").
        Set<String> person = new java.util.HashSet<>(
                Arrays.asList(who.toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+")));
        String last = "";
        for (int i = 0; i < words.size() - 1; i++) {
            if (!DETERMINERS.contains(words.get(i))
                    || (i > 0 && BY_WHEN.contains(words.get(i - 1)))
                    || TIME_WORDS.contains(words.get(i + 1))) {
                // "by the end of next month" says when, not what the talk is about.
                continue;
            }
            List<String> phrase = new ArrayList<>();
            for (int j = i + 1; j < words.size() && phrase.size() < 2; j++) {
                String w = words.get(j);
                if (PHRASE_ENDS.contains(w) || DETERMINERS.contains(w) || STOP_WORDS.contains(w)) {
                    break;
                }
                phrase.add(w);
            }
            if (!phrase.isEmpty() && phrase.stream().noneMatch(person::contains)) {
                last = flip(words.get(i)) + " " + String.join(" ", phrase);
            }
        }
        if (!last.isEmpty()) {
            return last;
        }
        List<String> rest = new ArrayList<>(words);
        // "Jess agrees to move out" is about moving out: the person and what they are to do come off the front.
        while (!rest.isEmpty() && person.contains(rest.getFirst())) {
            rest.removeFirst();
        }
        if (rest.size() > 2
                && rest.getFirst().endsWith("s")
                && rest.get(1).equals("to")
                && rest.size() < words.size()) {
            rest.removeFirst();
        }
        // "agree that she texts before visiting" is the agreement the learner hopes for; the subject, in her mouth, is
        // "texting before visiting", not "agreeing that I text before visiting", which reads the goal back to them.
        if (rest.size() > 3
                && Set.of("agree", "agrees").contains(rest.getFirst())
                && rest.get(1).equals("that")
                && Set.of("she", "he", "they").contains(rest.get(2))) {
            String verb = rest.get(3);
            rest = new ArrayList<>(rest.subList(3, rest.size()));
            rest.set(0, Set.of("is", "are").contains(verb) ? "being" : gerund(firstPersonVerb(verb)));
        }
        for (int k = 0; k < rest.size() - 1; k++) {
            if (BY_WHEN.contains(rest.get(k)) && isWhen(rest.get(k + 1))) {
                rest = new ArrayList<>(rest.subList(0, k));
                break;
            }
        }
        if (!rest.isEmpty() && LEAD_VERBS.contains(rest.getFirst())) {
            rest.removeFirst();
            // The person told or asked ("her", "my mother-in-law") comes before what they are told or asked.
            for (int k = 0; k < 5 && !rest.isEmpty() && (k == 0 || !CLAUSE_STARTS.contains(rest.getFirst())); k++) {
                rest.removeFirst();
            }
        }
        boolean negated = false;
        while (!rest.isEmpty() && Set.of("that", "to", "not", "about").contains(rest.getFirst())) {
            negated |= rest.removeFirst().equals("not");
        }
        if (rest.isEmpty()) {
            return "this";
        }
        String first = rest.getFirst();
        boolean pronounLed = CLAUSE_STARTS.contains(first) || first.endsWith("ing");
        if (!pronounLed) {
            rest.set(0, gerund(first));
        }
        List<String> flipped = new ArrayList<>(
                rest.stream().limit(6).map(StarterScenario::flip).toList());
        for (int k = 1; k < flipped.size(); k++) {
            if (THIRD_PERSON.contains(rest.get(k - 1))) {
                // "before she comes over" is "before I come over" in her mouth.
                flipped.set(k, firstPersonVerb(flipped.get(k)));
            }
        }
        String topic = String.join(" ", flipped);
        return (negated && pronounLed ? "not " : "") + topic;
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she");

    /** Returns a verb said of "he" or "she" as said of "I": "comes" is "come", "is" is "am", "tries" is "try". */
    private static String firstPersonVerb(String word) {
        return switch (word) {
            case "is" -> "am";
            case "has" -> "have";
            case "does" -> "do";
            default ->
                Optional.ofNullable(PointOfView.withoutThirdPersonS(word)).orElse(word);
        };
    }

    /**
     * How the learner wants the talk to go, not what it is about: "without a fight", "without hurting his
     * feelings", "calmly". Cut off before reading the subject and the cues, so that Carol does not ask "Is this about
     * a fight?" and "I don't want a fight" does not count as making the ask. "Without texting" is part of the ask.
     */
    private static final Pattern MANNER = Pattern.compile("(?i)\\s*[,;]?\\s*(?:(?:and|but)\\s+)?\\b(?:without\\s+"
            + "(?:[\\p{L}'-]+\\s+){0,2}?(?:fight|fighting|argument|arguing|row|rowing|scene|drama|upsetting|upset"
            + "|hurting|offending|falling|blowing|tears|crying|making|starting|causing|turning|ruining)\\b.*"
            + "|(?:calmly|nicely|politely|kindly|gently|tactfully)\\s*[.!]?\\s*$)");

    static String withoutManner(String want) {
        String cut = MANNER.matcher(want).replaceFirst("");
        return cut.isBlank() ? want : cut;
    }

    private static final Set<String> BY_WHEN = Set.of("by", "until", "before", "within");
    private static final Set<String> TIME_WORDS = Set.of(
            "end",
            "start",
            "beginning",
            "middle",
            "day",
            "week",
            "weekend",
            "month",
            "year",
            "morning",
            "evening",
            "night",
            "time");

    /** Returns whether a word starts a time: "the end", "next month", "friday", "the 28th". */
    private static boolean isWhen(String word) {
        return Set.of("the", "next", "this", "end", "today", "tomorrow", "tonight")
                        .contains(word)
                || TIME_WORDS.contains(word)
                || Character.isDigit(word.charAt(0))
                || word.endsWith("day");
    }

    /** Turns the learner's pronouns into the counterpart's: "his" becomes "my", "my" becomes "your". */
    private static String flip(String word) {
        return switch (word) {
            case "my", "our" -> "your";
            case "his", "her", "their" -> "my";
            case "your" -> "my";
            case "i" -> "you";
            case "i'm" -> "you're";
            case "me", "us", "we" -> "you";
            case "he", "she", "they" -> "I";
            case "him", "them" -> "me";
            default -> word;
        };
    }

    private static String gerund(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (verb.length() <= 4 && verb.matches(".*[^aeiou][aeiou][bdgklmnprt]")) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    /**
     * Words too common to show a point was made on their own: "text her before she comes over" is not made by "I've
     * said this before" or "it's over".
     */
    private static final Set<String> LIGHT_WORDS = Set.of(
            "before", "after", "over", "under", "into", "onto", "out", "off", "down", "up", "back", "away", "around",
            "come", "comes", "coming", "came", "go", "goes", "going", "went", "stop", "start", "keep", "keeps", "put",
            "take", "took", "still", "ever", "every", "one", "way", "time", "times", "thing", "things", "much", "many",
            "front", "other", "without", "them", "there", "here", "now", "again", "anymore", "please", "should",
            "could", "might", "must", "being", "doing", "done", "said", "says", "see", "look");

    /** Returns the words that show a point was made: its content words, or the whole point if it has none. */
    public static List<String> cuesOf(String want) {
        List<String> words = Arrays.stream(
                        withoutManner(want).toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
                .filter(w -> w.length() > 2 && !STOP_WORDS.contains(w) && !LIGHT_WORDS.contains(w))
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
