package dev.spar.simulation;

import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an authored line fits what the learner just said: a line is passed over when it was said
 * already, would quote nothing, asks for what they gave or what they just said, throws back or names words they
 * did not use, or turns down an option they did not offer.
 */
final class LineFit {
    private final Answers answers;
    private final Standing standing;
    /** The words of five letters or more of each option the scenario's decision map allows. */
    private final List<List<String>> optionWords;

    /** The scenario's facts, to read a line as it will be said. */
    private final Map<String, String> facts;

    /** The people the scenario names by a fact ("partner: Dan"), as the key's slot and the name. */
    private final List<List<String>> people;

    /** A value that is a person's name: one or two capitalised words, not a day or a month. */
    private static final Pattern PERSON = Pattern.compile(
            "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                    + "|August|September|October|November|December)\\b)[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?");

    /**
     * The figures the learner brings, as the slot and the brief's figure: a fact one of the learner's key points
     * names and that carries a number ("{target_salary}", "$84,000").
     */
    private final List<List<String>> learnersFigures;

    /** Words holding someone to what they said before: "a minute ago it was", "you said", "you asked for". */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "\\b(?:a (?:minute|moment|second|sec) ago|just now|earlier|you (?:just )?said|you asked for|you told me"
                    + "|you mentioned)\\b",
            Pattern.CASE_INSENSITIVE);

    LineFit(Scenario scenario, Answers answers, Standing standing) {
        this.answers = answers;
        this.standing = standing;
        this.learnersFigures = scenario.facts().entrySet().stream()
                .filter(e -> e.getValue().chars().anyMatch(Character::isDigit))
                .filter(e -> scenario.learner().names(e.getKey()))
                .map(e -> List.of("{" + e.getKey() + "}", e.getValue()))
                .toList();
        this.facts = scenario.facts();
        this.people = scenario.facts().entrySet().stream()
                .filter(e -> PERSON.matcher(e.getValue()).matches())
                .map(e -> List.of("{" + e.getKey() + "}", e.getValue()))
                .toList();
        this.optionWords = scenario.decisionMap().map(m -> m.mayOffer()).orElse(List.of()).stream()
                .map(option -> Arrays.stream(option.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                        .filter(w -> w.length() >= 5)
                        .toList())
                .toList();
    }

    /** Returns whether a line may be said for an intent after what the learner said, quoting {@code echo}. */
    boolean fits(Line line, Intent intent, Optional<String> echo, String learnerText) {
        if (standing.usedLines.contains(line.text())
                || (line.echoes() && echo.isEmpty())
                || asksForWhatTheyGave(line)
                || asksWhatWasJustSaid(line, learnerText)
                || quotesWhatWasNotSaid(line.text(), learnerText)
                || namesWhatWasNotSaid(withFacts(line.text()), learnerText)
                || confirmsWhatWasNotSaid(withFacts(line.text()), learnerText)
                || holdsThemToAFigureNeverSaid(line.text())
                || (HonestLimit.asksForAStraightAnswer(line.text()) && limitJustSaid())) {
            return false;
        }
        // "Unhemmed? I'll be tripping over my trousers" is no answer to an offer of a refund.
        return intent != Intent.REJECT_OPTION
                || (!rejectsAnotherOption(line.text(), learnerText)
                        && (StockLines.forIntent(intent).contains(line)
                                || turnsDownWhatWasSaid(line.text(), learnerText)));
    }

    /** A sentence, or the start of one, that only confirms: "Yes.", "That's it.", "Exactly.", "That's right, dear." */
    private static final Pattern CONFIRMING = Pattern.compile(
            "^(?:(?:yes|yeah|yep|oh yes)[,.!]*\\s*)?(?:that's|that is|thats)?\\s*(?:it|right|correct|exactly(?: it| right)?"
                    + "|precisely|spot on|the (?:\\w+) exactly)?(?:[,.!]*\\s*(?:exactly|dear|love|all of it))*[,.!]*\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Words that say a line confirms what it was told: "that's it", "exactly", "that's right". */
    private static final Pattern CONFIRMS = Pattern.compile(
            "^(?:(?:yes|yeah|yep|oh yes)[,.!]*\\s*)?(?:that's (?:it|right|exactly it)|that is (?:it|right)|exactly|precisely"
                    + "|spot on|that's the \\w+ exactly)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words naming a feeling: a summary that names one may be confirmed with another ("shut out", "surplus"). */
    private static final Set<String> FEELINGS = Set.of(
            "scared",
            "afraid",
            "frightened",
            "worried",
            "worry",
            "worrie",
            "fear",
            "feared",
            "hurt",
            "upset",
            "lonely",
            "pushed",
            "shut",
            "left",
            "unwanted",
            "unwelcome",
            "surplus",
            "sidelined",
            "excluded",
            "replaced",
            "redundant",
            "nuisance",
            "anxious",
            "stressed",
            "embarrassed",
            "humiliated",
            "ashamed",
            "angry",
            "furious",
            "sad",
            "frustrated",
            "panicked",
            "panicking",
            "betrayed",
            "abandoned",
            "dumped",
            "fool",
            "foolish",
            "stupid",
            "ignored",
            "invisible",
            "rejected",
            "unappreciated",
            "overlooked");

    /**
     * Returns whether a line confirms a summary by what it did not say: "Yes, that's it. I'm scared of being surplus"
     * said to "so you'd like to hear it from Dan" presumes a fear the learner never named. A bare "Yes, that's right"
     * confirms any summary; one that goes on says what it confirms, and the learner's line must have named some of it
     * (a word of it, or, for a feeling, a feeling).
     */
    static boolean confirmsWhatWasNotSaid(String line, String learnerText) {
        if (!CONFIRMS.matcher(line.strip()).find()) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (String sentence : Wording.sentences(line)) {
            String said = CONFIRMING.matcher(sentence.strip()).replaceFirst("");
            if (!said.isBlank() && !said.toLowerCase(Locale.ROOT).startsWith("thank")) {
                rest.append(said).append(' ');
            }
        }
        Set<String> confirmed = Wording.contentWords(rest.toString());
        if (confirmed.isEmpty()) {
            return false;
        }
        Set<String> named = Wording.contentWords(learnerText);
        if (confirmed.stream().anyMatch(named::contains)) {
            return false;
        }
        return !(confirmed.stream().anyMatch(FEELINGS::contains)
                && named.stream().anyMatch(FEELINGS::contains));
    }

    /**
     * Returns whether a line holds the learner to a figure of theirs they never named: "Hang on, a minute ago it was
     * {target_salary}" is for a learner who asked for a figure and then came down, not one who has named none.
     */
    private boolean holdsThemToAFigureNeverSaid(String line) {
        return SAID_BEFORE.matcher(line).find()
                && learnersFigures.stream()
                        .anyMatch(f -> line.contains(f.getFirst())
                                && standing.memory
                                        .figureAskedFor(Side.LEARNER, f.getLast())
                                        .isEmpty());
    }

    /** Returns whether the learner's line just now stated an honest limit: it needs no "just say no". */
    private boolean limitJustSaid() {
        List<ConversationMemory.Remembered> lines = standing.memory.lines();
        return !lines.isEmpty()
                && lines.getLast().content().side() == Side.LEARNER
                && lines.getLast().content().has(ActKind.HONEST_LIMIT);
    }

    /** A slot in a line: "{new_estimate}". */
    private static final Pattern SLOT = Pattern.compile("\\{[^}]*}");

    /** A slot for one of the scenario's facts: "{junior_name}". */
    private static final Pattern FACT_SLOT = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    /**
     * Returns a line with the scenario's facts in its slots, as it will be said: "Pair with {junior_name} every week?"
     * names pairing with Mei, which an offer to move on-call shifts "each week" did not put forward.
     */
    private String withFacts(String line) {
        return FACT_SLOT
                .matcher(line)
                .replaceAll(m -> Matcher.quoteReplacement(facts.getOrDefault(m.group(1), m.group())));
    }

    /**
     * Returns whether an authored line turning an option down is about what the learner's line put forward: its
     * first sentence names the option it is written for ("Waiting until {new_estimate} is not an option", "A
     * refund doesn't help"), so at least one of its words must begin as a word of the learner's line does. A
     * first sentence that names nothing ("No.") turns down anything.
     */
    static boolean turnsDownWhatWasSaid(String line, String learnerText) {
        List<String> sentences = Wording.sentences(SLOT.matcher(line).replaceAll(" "));
        if (sentences.isEmpty() || learnerText.isBlank()) {
            return true;
        }
        Set<String> named = stems(Wording.contentWords(sentences.getFirst()));
        Set<String> said = Wording.contentWords(learnerText);
        // One word in common is not the same option: "Having someone review my reviews is insulting" is no answer to
        // a day a week kept free "for reviews". The option it opens with ("A review sounds like a polite no") is, and
        // so are two of what it names.
        long heard = named.stream().filter(stem -> heardIn(stem, said)).count();
        return named.isEmpty() || heardIn(named.iterator().next(), said) || heard >= 2;
    }

    /** The first four letters of each word, once each: "review" and "reviews" name one thing. */
    private static Set<String> stems(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words) {
            out.add(word.length() > 4 ? word.substring(0, 4) : word);
        }
        return out;
    }

    /**
     * Returns whether a line asks what the learner's line has just said: "Is this about your dad, or the
     * stag?" after "It's Dad. It's not the stag." A line that quotes them ({echo}) asks about their words
     * on purpose.
     */
    private static boolean asksWhatWasJustSaid(Line line, String learnerText) {
        if (line.echoes() || learnerText.isBlank()) {
            return false;
        }
        Set<String> said = Wording.contentWords(learnerText);
        return Wording.sentences(line.text()).stream()
                .filter(sentence -> sentence.endsWith("?") && !sentence.contains("{"))
                .map(Wording::contentWords)
                .anyMatch(asked -> asked.stream().filter(said::contains).count() >= 2);
    }

    /** Words in quotation marks in a line: "'Delays happen'? Not to my brother's wedding." */
    private static final Pattern QUOTED = Pattern.compile(
            "(?:^|[\\s(])['\u2018\"\u201c]([^'\u2019\"\u201d{}]{3,80}?)['\u2019\"\u201d](?=[\\s?!.,;:]|$)");

    /**
     * Returns whether a line throws back, in quotation marks, words the learner did not say: an authored
     * "'Delays happen'?" is for a learner who said that, not for one who said "these things happen". A word
     * counts as said when a word of the learner's line begins with its first four letters ("delay", "delays").
     */
    static boolean quotesWhatWasNotSaid(String line, String learnerText) {
        Matcher m = QUOTED.matcher(line);
        Set<String> said = Wording.contentWords(learnerText);
        while (m.find()) {
            // "'Should be.'" quotes words any line has: said only when said as they are.
            String quoted = m.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[.!?,]+$", "")
                    .strip();
            if (Wording.contentWords(m.group(1)).isEmpty()
                    && !learnerText
                            .toLowerCase(Locale.ROOT)
                            .replace('\u2019', '\'')
                            .contains(quoted)) {
                return true;
            }
            for (String word : Wording.contentWords(m.group(1))) {
                if (!heardIn(word, said)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A reply's opening words said back as a question ("A voucher?", "Fifteen minutes on hold?"). */
    private static final Pattern OPENING_ECHO = Pattern.compile("^([^?.!{}]{2,80})\\?(?=\\s|$)");

    /** Opening words that ask something rather than name a thing ("Are you serious?", "Really?"). */
    private static final Pattern ASKING_OPENING = Pattern.compile(
            "^(?:is|are|was|were|do|does|did|can|could|will|would|should|have|has|had|what|why|how|when|where|who|which"
                    + "|you|you're|i|i'm|seriously|really|sorry|so|and|but|or|right|ok|okay|yeah|yes|no|sure|honestly|is that"
                    + "|that's|it's|this)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Returns whether a line opens by naming, as a question, a thing the learner did not say: "A voucher? I'm not
     * buying another coat" is for a learner who offered a voucher, not one who offered a card refund; "A temporary
     * overdraft?" is not for one who offered to reverse an overdraft fee. Named means more than half its words
     * begin as a word of the learner's line does (its first four letters).
     */
    static boolean namesWhatWasNotSaid(String line, String learnerText) {
        Matcher m = OPENING_ECHO.matcher(line.strip());
        if (learnerText.isBlank()
                || !m.find()
                || ASKING_OPENING.matcher(m.group(1).strip()).lookingAt()) {
            return false;
        }
        Set<String> named = Wording.contentWords(m.group(1));
        if (named.isEmpty()) {
            return false;
        }
        Set<String> said = Wording.contentWords(learnerText);
        long heard = named.stream().filter(word -> heardIn(word, said)).count();
        return heard * 2 <= named.size();
    }

    /** Whether a word of a reply was said by the learner: a word of theirs begins with its first four letters. */
    private static boolean heardIn(String word, Set<String> said) {
        String stem = word.length() > 4 ? word.substring(0, 4) : word;
        return said.stream().anyMatch(w -> w.startsWith(stem));
    }

    /** Returns whether a line asks the learner for something they have already said. */
    private boolean asksForWhatTheyGave(Line line) {
        if (!line.text().contains("?")) {
            return false;
        }
        if (line.topic()
                .filter(t -> standing.memory.disclosed(Side.LEARNER, t).isPresent())
                .isPresent()) {
            return true;
        }
        if (asksAfterSomeoneTheyToldOf(line.text())) {
            return true;
        }
        return Wording.sentences(line.text()).stream()
                .filter(sentence -> sentence.endsWith("?"))
                .flatMap(sentence -> answers.topics().namedIn(sentence).stream())
                .anyMatch(topic ->
                        standing.memory.disclosed(Side.LEARNER, topic.id()).isPresent());
    }

    /**
     * Returns whether a line asks about a person the learner has already told them about ("Does Dan know?" after
     * "Dan and I decided this together"): said of them in a sentence that is not itself a question.
     */
    private boolean asksAfterSomeoneTheyToldOf(String line) {
        if (people.isEmpty()) {
            return false;
        }
        List<String> told = standing.memory.lines().stream()
                .filter(r -> r.content().side() == Side.LEARNER)
                .flatMap(r -> Wording.sentences(r.content().text()).stream())
                .filter(sentence -> !sentence.strip().endsWith("?"))
                .toList();
        for (String asked : Wording.sentences(line)) {
            if (!asked.endsWith("?")) {
                continue;
            }
            for (List<String> person : people) {
                boolean asksAfter = asked.contains(person.getFirst()) || Cues.mentions(asked, person.getLast());
                if (asksAfter && told.stream().anyMatch(t -> Cues.mentions(t, person.getLast()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns whether a line turning an option down names one of the scenario's options (by a word of five
     * letters or more of it: "trace", "unhemmed") that the learner's line did not offer.
     */
    private boolean rejectsAnotherOption(String line, String learnerText) {
        boolean namesAnother = false;
        for (List<String> words : optionWords) {
            boolean named = words.stream().anyMatch(w -> Cues.mentions(line, w));
            if (!named) {
                continue;
            }
            if (words.stream().anyMatch(w -> Cues.mentions(learnerText, w))) {
                return false;
            }
            namesAnother = true;
        }
        return namesAnother;
    }
}
