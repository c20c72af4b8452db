package dev.spar.simulation;

import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Persona;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a voiced reply against what the simulation decided, by reading what the words say: a voice chooses
 * the words, never the decision. A reply must not accept what the simulation has not accepted, nor turn down
 * what it accepted; must not offer what the scenario does not hold; must not state a figure, code or date
 * that nobody gave (the scenario, the persona and the conversation are all the facts there are); and must stay
 * in character.
 *
 * <p>What the simulator's own line does is always allowed: a voice that does what the planned line does is
 * saying the same thing.
 */
final class ReplyCheck {
    /** Words that step out of the character: talk about being a model, an assistant or a rehearsal. */
    private static final List<String> OUT_OF_CHARACTER = List.of(
            "as an ai",
            "language model",
            "i'm an ai",
            "i am an ai",
            "ai assistant",
            "i'm an assistant",
            "i am an assistant",
            "as an assistant",
            "chatbot",
            "role-play",
            "roleplay",
            "role play",
            "this simulation",
            "this exercise",
            "system prompt",
            "my instructions",
            "planned line",
            "<data",
            "</data",
            "[learner]");

    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\*[^*]+\\*|^\\s*[(\\[][^)\\]]+[)\\]]");
    private static final String NARRATING_VERBS =
            "says|said|sighs|sighed|replies|replied|pauses|paused|shrugs|shrugged|frowns|frowned|nods|nodded"
                    + "|smiles|smiled|laughs|laughed|looks|looked|crosses|folds|leans|rolls|snaps|snapped";
    /** A figure, an amount or a code: a run of letters and digits with at least one digit in it. */
    private static final Pattern FIGURE =
            Pattern.compile("[#$£€]?(?:\\p{L}+-)?[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N},.:/-]*");

    private static final Set<String> DATE_WORDS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    /** Words too common to tie an offer to the scenario. */
    private static final Set<String> COMMON = Set.of(
            "that", "this", "with", "your", "have", "will", "would", "could", "just", "then", "them", "they", "what",
            "from", "there", "their", "about", "which", "when", "some", "more", "only", "also", "full", "give");

    private final Understanding understanding;

    ReplyCheck(Understanding understanding) {
        this.understanding = understanding;
    }

    /**
     * Returns why a voiced line cannot stand for the simulator's reply, or empty when it can.
     *
     * @param voiced the words the voice said
     * @param request what the simulation decided, with the scenario and the turns before
     * @param memory the conversation so far, up to the learner's line this reply answers
     * @return the reason, in words a learner can read under the line
     */
    Optional<String> problem(String voiced, VoiceRequest request, ConversationMemory memory) {
        if (voiced.strip().equals(request.line().strip())) {
            return Optional.empty();
        }
        String name = request.scenario().persona().name();
        Optional<String> character = outOfCharacter(voiced, request);
        if (character.isPresent()) {
            return character;
        }
        Content said = understanding.read(Side.COUNTERPART, voiced, memory);
        Content planned = understanding.read(Side.COUNTERPART, request.line(), memory);
        boolean accepts = request.intent() == Intent.ACCEPT || request.intent() == Intent.END_RESOLVED;
        if (said.has(ActKind.ACCEPT) && !accepts && !planned.has(ActKind.ACCEPT)) {
            return Optional.of("the voice's line agreed ('" + quote(said, ActKind.ACCEPT) + "') where " + name
                    + " has not accepted anything yet");
        }
        if (said.has(ActKind.REJECT) && accepts && !planned.has(ActKind.REJECT)) {
            return Optional.of("the voice's line turned it down ('" + quote(said, ActKind.REJECT) + "') where " + name
                    + " has just accepted");
        }
        String known = known(request, memory);
        if (!planned.has(ActKind.OFFER)) {
            for (Act offer : said.all(ActKind.OFFER)) {
                if (!grounded(offer, request.scenario(), known)) {
                    return Optional.of("the voice's line offered something the scenario does not hold ('"
                            + offer.quote().strip() + "')");
                }
            }
        }
        return invented(voiced, known)
                .map(word -> "the voice's line named '" + word + "', which is not in the scenario or the conversation");
    }

    private static Optional<String> outOfCharacter(String voiced, VoiceRequest request) {
        String lower = voiced.toLowerCase(Locale.ROOT);
        Optional<String> phrase =
                OUT_OF_CHARACTER.stream().filter(lower::contains).findFirst();
        if (phrase.isPresent()) {
            return Optional.of("the voice's line stepped out of character ('" + phrase.get() + "')");
        }
        String learnerRole = request.scenario().learner().role().toLowerCase(Locale.ROOT);
        for (String label : List.of("learner", "you", "user", "assistant", learnerRole)) {
            if (!label.isBlank()
                    && Pattern.compile("(^|\\n)\\s*" + Pattern.quote(label) + "\\s*:")
                            .matcher(lower)
                            .find()) {
                return Optional.of("the voice's line spoke for the other side ('" + label + ":')");
            }
        }
        Matcher direction = STAGE_DIRECTION.matcher(voiced);
        if (direction.find()) {
            return Optional.of("the voice's line narrated instead of speaking ('"
                    + direction.group().strip() + "')");
        }
        String name = request.scenario().persona().name();
        Matcher narrated = Pattern.compile(
                        "\\b" + Pattern.quote(name) + "\\s+(" + NARRATING_VERBS + ")\\b", Pattern.CASE_INSENSITIVE)
                .matcher(voiced);
        if (narrated.find()) {
            return Optional.of("the voice's line narrated instead of speaking ('" + narrated.group() + "')");
        }
        return Optional.empty();
    }

    private static String quote(Content content, ActKind kind) {
        return content.first(kind).map(a -> a.quote().strip()).orElse("");
    }

    /**
     * Returns whether an offer is one the scenario holds: what it names is in the scenario or the conversation,
     * or, when the reading could not say what, the sentence names something the learner may offer.
     */
    private static boolean grounded(Act offer, Scenario scenario, String known) {
        if (!offer.detail().isBlank()) {
            return words(offer.detail()).allMatch(known::contains);
        }
        String sentence = offer.quote().toLowerCase(Locale.ROOT);
        Set<String> sentenceWords = words(sentence).collect(Collectors.toSet());
        return Stream.concat(
                        scenario.decisionMap().stream().flatMap(m -> m.mayOffer().stream()),
                        scenario.facts().values().stream())
                .flatMap(ReplyCheck::words)
                .anyMatch(sentenceWords::contains);
    }

    private static Stream<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4 && !COMMON.contains(w));
    }

    /** Returns the first figure, code or date the voiced line names that nothing before it gave. */
    private static Optional<String> invented(String voiced, String known) {
        Set<String> knownFigures = new HashSet<>();
        Matcher k = FIGURE.matcher(known);
        while (k.find()) {
            knownFigures.add(key(k.group()));
            knownFigures.add(digits(k.group()));
        }
        Matcher m = FIGURE.matcher(voiced);
        while (m.find()) {
            String token = trimmed(m.group());
            // A code (BL-48213) must match as a whole; a figure (3pm, $1,249) may be written another way.
            boolean code = token.replaceAll("^[#$£€]", "").matches("\\p{L}.*");
            boolean isKnown = knownFigures.contains(key(token)) || (!code && knownFigures.contains(digits(token)));
            if (!isKnown) {
                return Optional.of(token);
            }
        }
        for (String word : voiced.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DATE_WORDS.contains(word)
                    && !Pattern.compile("\\b" + word + "\\b").matcher(known).find()) {
                return Optional.of(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            }
        }
        return Optional.empty();
    }

    private static String trimmed(String token) {
        return token.replaceAll("[,.:/-]+$", "");
    }

    /** Returns a figure as compared: lower case, letters and digits only ({@code BL-48213} is {@code bl48213}). */
    private static String key(String token) {
        return trimmed(token).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Returns a figure's digits only ({@code $1,249} is {@code 1249}, {@code 3pm} is {@code 3}). */
    private static String digits(String token) {
        return trimmed(token).replaceAll("[^\\p{N}]", "");
    }

    /**
     * Returns everything the voice may take facts from, in lower case: the scenario, the persona and their
     * authored lines, the turns.
     */
    private static String known(VoiceRequest request, ConversationMemory memory) {
        Scenario s = request.scenario();
        Persona p = s.persona();
        Stream<String> scenario = Stream.of(
                s.title(),
                s.situation(),
                s.learner().role(),
                s.learner().goal(),
                p.name(),
                p.relationship(),
                p.style(),
                p.history(),
                request.line());
        Stream<String> more = Stream.of(
                        s.facts().keySet().stream(),
                        s.facts().values().stream(),
                        s.learner().keyPoints().stream().map(KeyPoint::text).map(s::withFacts),
                        s.decisionMap().stream().flatMap(ReplyCheck::mapText),
                        Stream.of(Intent.values())
                                .flatMap(intent -> s.lines().forIntent(intent).stream())
                                .map(line -> s.withFacts(line.text())),
                        request.version().stream().flatMap(v -> Stream.of(v.name(), v.description())),
                        request.history().stream().map(Turn::text),
                        memory.lines().stream().map(r -> r.content().text()))
                .flatMap(x -> x);
        return Stream.concat(scenario, more).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    private static Stream<String> mapText(DecisionMap map) {
        return Stream.of(
                        Stream.of(map.concern()),
                        map.knownFacts().stream(),
                        map.factsToFind().stream(),
                        map.linesNotToCross().stream(),
                        map.mayOffer().stream())
                .flatMap(x -> x);
    }
}
