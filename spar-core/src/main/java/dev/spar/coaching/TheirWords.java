package dev.spar.coaching;

import dev.spar.analysis.PointOfView;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says the other person's own sentences back to them ("my brother gets married on Saturday" as "your brother gets
 * married on Saturday"), so that a suggested summary holds only what they said in this conversation, never a
 * brief's guess at how they feel.
 */
final class TheirWords {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
    private static final int FEWEST_WORDS = 4;
    private static final int MOST_WORDS = 22;
    /** Words that point at the learner: said back, they would need a second swap the other way, so such a
     * sentence is not used. */
    private static final Set<String> ABOUT_THE_LEARNER =
            Set.of("you", "your", "you're", "yours", "you've", "you'll", "you'd", "u", "ur", "yourself");

    /** Their first person said back in the second, typed without apostrophes too ("im", "ive"). */
    private static final Map<String, String> TO_YOU =
            PointOfView.with(PointOfView.FIRST_TO_SECOND, Map.of("im", "you're", "ive", "you've"));
    /** Verbs that change after "I" becomes "you": "I am" is "you are", "I was" is "you were". */
    private static final Map<String, String> AFTER_I = Map.of("am", "are", "was", "were");

    /** How a sentence is led into rather than what it says: "Sorry, ...", "I'll be honest, ...", "Well, ...". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?i:(?:hi|hello|hey|sorry|well|look|listen|honestly|frankly|seriously|yeah|yes|oh|ugh|ok|okay|so|and|but"
                    + "|anyway|i mean|to be honest|i'll be honest|i have to say|i must say)\\b[,:]?\\s*)+");
    /** Asking them to go on or do something is no part of their side: "Go ahead, I'm listening", "Tell me why". */
    private static final Pattern REQUEST =
            Pattern.compile("^(?i:go ahead|tell|let|let's|please|just|don't|do|give|send|call|get|come|make)\\b");

    /**
     * A condition or an ultimatum is where they are going, not their problem: "if this isn't sorted I'm putting the
     * whole story online" said back sounds like repeating a threat.
     */
    private static final Pattern CONDITION = Pattern.compile("^(?i:if|unless|otherwise|or else|either)\\b");

    /**
     * What they refuse to do or will do next is where they are going, not their trouble: "I'm not doing this again
     * tomorrow" said back sounds like repeating a threat. "I'm not happy with it" is their side.
     */
    private static final Pattern REFUSAL = Pattern.compile("^(?i:(?:i'm|im|i am) not (?:doing|going|having|waiting"
            + "|paying|putting up|accepting|taking|ringing|calling|coming|leaving|moving|dealing)|i won't|i will not"
            + "|i refuse|i'm done|im done|i am done)\\b");

    /**
     * Their verdict on the learner's last words is not their side: "That's not what I asked for", "That doesn't work
     * for me" said back parrots the complaint instead of showing their facts were heard.
     */
    private static final Pattern VERDICT = Pattern.compile("^(?i:(?:that|this)(?:'s|’s| is| was| isn't| wasn't"
            + "| doesn't| does not| won't| will not| sounds| seems| helps| changes| makes| gets)|thats)\\b");

    /**
     * Their answer to what the learner just did is no part of their side: "I don't need sorry five times", "Good, then
     * let's work out how to make it work", "Hang on, a minute ago it was $84,000" said back repeat a reaction, or the
     * learner's own words in quotes.
     */
    private static final Pattern REACTION = Pattern.compile("(?i)^(?:[\"“']|(?:good|great|fine|hang on|hold on|wait"
            + "|whoa|right then|ok then|okay then|then)\\b)|\\b(?:sorry|apolog\\w*|let's|let us|a minute ago|a moment ago"
            + "|just now)\\b");

    /** An exclamation that states what happened to them, "I paid for express!", as opposed to an outburst. */
    private static final Pattern THEIR_FACT = Pattern.compile(
            "^(?i:i|i've|ive|we|we've|my|our)\\s+(?i:paid|ordered|booked|bought|waited|called|rang|emailed|was told"
                    + "|were told|got|have|had|need|needed)\\b");

    /** A word shouted in capitals ("I am LIVID"), longer than the short names written so ("UPS", "HMRC"). */
    private static final Pattern SHOUTED = Pattern.compile("\\b\\p{Lu}{5,}\\b");

    private TheirWords() {}

    /**
     * Returns their sentences before a turn, said back to them, most telling first: the turn where they set out
     * their side, then their other lines, latest first. Questions and sentences about the learner are left out.
     *
     * @param turns the whole run
     * @param before the learner's turn the summary would be said at
     * @param side the turn where they set out their side, or -1
     * @param scenario whose names keep their capital at the start of a summary
     */
    static List<String> saidBack(List<Turn> turns, int before, int side, Scenario scenario) {
        List<Turn> theirs = new ArrayList<>(turns.stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART && t.number() < before)
                .toList()
                .reversed());
        theirs.sort((a, b) -> Boolean.compare(b.number() == side, a.number() == side));
        String all = String.join(". ", turns.stream().map(Turn::text).toList());
        Set<String> names = LineFacts.of(all, scenario);
        List<String> out = new ArrayList<>();
        for (Turn turn : theirs) {
            if (turn.intent().filter(i -> i == Intent.ANSWER).isPresent()) {
                // An answer to the learner's question ("It's on the confirmation email") is no part of their side.
                continue;
            }
            Matcher s = SENTENCE.matcher(turn.text());
            while (s.find()) {
                String sentence = s.group().strip();
                String said = LEAD_IN.matcher(sentence).replaceFirst("");
                if (!said.isEmpty()
                        && !said.endsWith("?")
                        && (!said.endsWith("!") || THEIR_FACT.matcher(said).lookingAt())
                        && !REQUEST.matcher(said).lookingAt()
                        && !CONDITION.matcher(said).lookingAt()
                        && !REFUSAL.matcher(said).lookingAt()
                        && !VERDICT.matcher(said).lookingAt()
                        && !REACTION.matcher(said).find()) {
                    toThem(said.replaceAll("[.!]+$", ""), names).ifPresent(out::add);
                }
            }
        }
        // Their facts come first: "your suit's stuck and the wedding's on Saturday" shows they were heard better
        // than "you're in a bit of a state".
        List<String> withFacts = out.stream()
                .filter(said -> !LineFacts.of(said, scenario).isEmpty())
                .toList();
        List<String> ordered = new ArrayList<>(withFacts);
        out.stream().filter(said -> !withFacts.contains(said)).forEach(ordered::add);
        return ordered;
    }

    private static Optional<String> toThem(String sentence, Set<String> names) {
        Matcher w = WORD.matcher(sentence);
        int words = 0;
        while (w.find()) {
            words++;
            if (ABOUT_THE_LEARNER.contains(w.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return Optional.empty();
            }
        }
        if (words < FEWEST_WORDS || words > MOST_WORDS) {
            return Optional.empty();
        }
        String said = PointOfView.turned(sentence, WORD, (written, word, before, beforeTurned) -> {
                    String swapped = TO_YOU.get(word);
                    return swapped == null && (before.equals("i") || before.equals("we")) ? AFTER_I.get(word) : swapped;
                })
                .strip();
        said = SHOUTED.matcher(said).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        String first = said.split("\\s+")[0];
        boolean keepsCapital = names.contains(first.replaceAll("[^\\p{L}\\d'-]", ""))
                || first.chars().anyMatch(Character::isDigit)
                || first.length() > 1 && first.substring(1).chars().anyMatch(Character::isUpperCase);
        return Optional.of(keepsCapital ? said : Character.toLowerCase(said.charAt(0)) + said.substring(1));
    }
}
