package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Topic;
import dev.spar.understanding.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * What the counterpart answers when asked about a topic: the authored answer line for it, or the scenario's
 * fact said plainly; the same answer again, pointed back to, when it was already given. It never gives a
 * second, different answer to the same question.
 */
final class Answers {
    /** How a line that admits not knowing starts. */
    private static final List<String> NOT_KNOWING = List.of(
            "i don't know",
            "i dont know",
            "no idea",
            "i have no idea",
            "not a clue",
            "couldn't tell you",
            "i couldn't tell you",
            "i'm not sure",
            "i wouldn't know",
            "how would i know");

    /** Words of a question about what is beyond the person: the other side's systems, causes and insides. */
    private static final List<String> BEYOND_THEM = List.of(
            "why is it",
            "why does it",
            "why did it",
            "what caused",
            "cause of",
            "causing",
            "error code",
            "technical",
            "internally",
            "our system",
            "the system",
            "server",
            "firmware",
            "backend",
            "root cause",
            "what went wrong",
            "software version");

    private final Scenario scenario;
    private final Topics topics;
    private final Map<String, String> given = new LinkedHashMap<>();

    /** An answer, and whether it points back to one given before. */
    record Answer(String text, boolean pointedBack) {}

    Answers(Scenario scenario, Topics topics) {
        this.scenario = scenario;
        this.topics = topics;
    }

    /** Returns the topics questions are read against. */
    Topics topics() {
        return topics;
    }

    /** Returns whether a question on this topic has an answer: one given, authored, or a fact. */
    boolean canAnswer(String topic) {
        return given.containsKey(topic)
                || topics.byId(topic).flatMap(Topic::value).isPresent()
                || authored(topic).findAny().isPresent();
    }

    /** Returns whether a topic is one of the scenario's facts. */
    boolean isFact(String topic) {
        return topics.byId(topic).flatMap(Topic::value).isPresent();
    }

    /** Returns whether a topic was answered before, by this counterpart or in a line it said. */
    boolean answeredBefore(String topic, ConversationMemory memory) {
        return given.containsKey(topic)
                || memory.disclosed(Side.COUNTERPART, topic).isPresent();
    }

    /**
     * Answers a question on a topic.
     *
     * @param topic the topic asked about
     * @param memory the conversation so far
     * @param temper the mood to say it in
     * @param used lines said already in this run; an authored line used here is added
     * @param fill fills a line's slots from the scenario
     * @return the answer, or empty when there is none for this topic
     */
    Optional<Answer> to(
            String topic,
            ConversationMemory memory,
            Temper temper,
            RandomGenerator random,
            Set<String> used,
            UnaryOperator<String> fill) {
        Optional<Topic> known = topics.byId(topic);
        Optional<String> value = known.flatMap(Topic::value);
        String label = known.map(Topic::label).orElse(topic);
        if (answeredBefore(topic, memory)) {
            if (value.isPresent()) {
                return Optional.of(new Answer(
                        template(StockLines.FACT_POINT_BACKS, temper, random, used, label, value.get(), ""), true));
            }
            if (given.containsKey(topic)) {
                return Optional.of(new Answer(
                        template(StockLines.ANSWER_POINT_BACKS, temper, random, used, label, "", given.get(topic)),
                        true));
            }
        }
        Optional<Line> line =
                authored(topic).filter(l -> !used.contains(l.text())).findFirst();
        String text;
        if (line.isPresent()) {
            used.add(line.get().text());
            text = inTemper(fill.apply(line.get().text()), temper);
        } else if (value.isPresent()) {
            text = template(StockLines.FACT_ANSWERS, temper, random, used, label, value.get(), "");
        } else {
            return Optional.empty();
        }
        given.putIfAbsent(topic, text);
        return Optional.of(new Answer(text, false));
    }

    /**
     * Answers a closed question that named a figure: yes with the fact when the figure was right, no with the
     * fact when it was not. Asked again, the fact is pointed back to like any other.
     */
    Answer checking(
            Checks.Checked checked,
            ConversationMemory memory,
            Temper temper,
            RandomGenerator random,
            Set<String> used) {
        Optional<Topic> known = topics.byId(checked.topic());
        String label = known.map(Topic::label).orElse(checked.topic());
        if (answeredBefore(checked.topic(), memory) && !checked.right()) {
            return new Answer(
                    template(StockLines.FACT_POINT_BACKS, temper, random, used, label, checked.value(), ""), true);
        }
        String text = (checked.right() ? "Yes, " : temper == Temper.CURT ? "No. " : "No, ") + checked.value() + ".";
        given.putIfAbsent(checked.topic(), text);
        return new Answer(text, false);
    }

    /**
     * Answers someone asking after a person they both know ("how's Leah?"): a line of theirs that says how
     * that person is, else a word that they are fine.
     */
    String askedAfter(String name, Temper temper, Set<String> used, UnaryOperator<String> fill) {
        for (Line line : scenario.lines().forIntent(Intent.ANSWER)) {
            String filled = fill.apply(line.text());
            if (!used.contains(line.text())
                    && (filled.startsWith(name + "'s ")
                            || filled.startsWith(name + " is")
                            || filled.startsWith(name + " are"))) {
                used.add(line.text());
                return inTemper(filled, temper);
            }
        }
        return temper == Temper.CURT ? name + "'s fine." : name + "'s fine, thanks.";
    }

    /** Returns whether a line admits not knowing. */
    static boolean admitsNotKnowing(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return NOT_KNOWING.stream().anyMatch(lower::startsWith);
    }

    /** Returns whether a question is about something the person could not know. */
    static boolean beyondThem(String question) {
        String lower = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return BEYOND_THEM.stream().anyMatch(lower::contains);
    }

    /** Returns an authored line as said in this temper: an angry person drops the pleasantries. */
    private static String inTemper(String line, Temper temper) {
        return temper == Temper.CURT ? Wording.curt(line) : line;
    }

    private Stream<Line> authored(String topic) {
        return scenario.lines().forIntent(Intent.ANSWER).stream()
                .filter(l -> Topics.idOf(l).filter(topic::equals).isPresent());
    }

    private static String template(
            Map<Temper, List<String>> templates,
            Temper temper,
            RandomGenerator random,
            Set<String> used,
            String label,
            String value,
            String answer) {
        List<String> choices = templates.get(temper).stream()
                .filter(t -> !t.contains("{label}") || namesWell(label, value))
                .toList();
        int start = random.nextInt(choices.size());
        String first = null;
        for (int i = 0; i < choices.size(); i++) {
            String filled = choices.get((start + i) % choices.size())
                    .replace("{label}", label)
                    .replace("{value}", value)
                    .replace("{answer}", answer);
            if (first == null) {
                first = filled;
            }
            if (!used.contains(filled)) {
                used.add(filled);
                return filled;
            }
        }
        // Asked more often than there are ways to say it: the same words again rather than a new answer.
        return first;
    }

    /**
     * Whether "The {label} is {value}" reads as a person would say it: not when the value already names it ("The
     * subscribers is 140 subscribers") or the name is a plural.
     */
    private static boolean namesWell(String label, String value) {
        Set<String> named = Wording.contentWords(label);
        return !label.endsWith("s") && Wording.contentWords(value).stream().noneMatch(named::contains);
    }
}
