package dev.spar.understanding;

import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The topics of one scenario: its facts and what its answer lines are about. */
public final class Topics {
    private static final Pattern CONTENT_WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^['-]+|['-]+$");
    private static final Pattern TOKEN_BREAK = Pattern.compile("[^\\p{L}\\p{N}#/-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The topic of the other person's own name, asked for as "your name". */
    public static final String THEIR_NAME = "their_name";

    private final List<Topic> topics;
    private final List<Name> names;
    private final Set<String> vocabulary;
    private final List<Phrase> phrases;
    private final List<String> phraseTexts;
    private final Identity identity;

    /** A phrase that names a topic, with its words as a loose match compares them. */
    private record Name(Topic topic, String phrase, List<String> parts) {}

    private Topics(List<Topic> topics, Collection<String> texts) {
        this.topics = List.copyOf(topics);
        List<Name> names = new ArrayList<>();
        for (Topic topic : this.topics) {
            for (String phrase : topic.words()) {
                names.add(new Name(
                        topic,
                        phrase,
                        List.of(SPACES.split(Wording.normalise(phrase).strip()))));
            }
        }
        this.names = List.copyOf(names);
        Set<String> words = new HashSet<>();
        for (Topic topic : topics) {
            words.addAll(contentWords(topic.label()));
            topic.words().forEach(w -> words.addAll(contentWords(w)));
        }
        texts.forEach(t -> words.addAll(contentWords(t)));
        this.vocabulary = Set.copyOf(words);
        List<Phrase> compared = new ArrayList<>();
        for (Topic topic : this.topics) {
            List<String> own = new ArrayList<>();
            own.add(topic.label());
            own.add("what is the " + topic.label() + "?");
            topic.words().stream().filter(w -> !own.contains(w)).forEach(own::add);
            own.forEach(text -> compared.add(new Phrase(topic, text)));
        }
        this.phrases = List.copyOf(compared);
        this.phraseTexts = compared.stream().map(Phrase::text).toList();
        this.identity = Identity.of(this.topics, this.vocabulary);
    }

    /**
     * What topics are, by value: their topics and vocabulary, from which the rest is made. Two topics of one
     * scenario, made for two runs, are equal, and usually the same object: comparing two that are not walks every
     * topic, which the caches keyed by it would otherwise do on every look-up.
     */
    static final class Identity {
        /** The identities made lately, so that topics made for two runs of one scenario share theirs. */
        private static final Map<Identity, Identity> MADE = new ConcurrentHashMap<>();

        private static final int KEPT = 1_024;

        private final List<Topic> topics;
        private final Set<String> vocabulary;
        private final int hash;

        private Identity(List<Topic> topics, Set<String> vocabulary) {
            this.topics = topics;
            this.vocabulary = vocabulary;
            this.hash = Objects.hash(topics, vocabulary);
        }

        static Identity of(List<Topic> topics, Set<String> vocabulary) {
            Identity made = new Identity(topics, vocabulary);
            if (MADE.size() >= KEPT) {
                MADE.clear();
            }
            Identity earlier = MADE.putIfAbsent(made, made);
            return earlier == null ? made : earlier;
        }

        @Override
        public boolean equals(Object o) {
            return o == this
                    || (o instanceof Identity other
                            && hash == other.hash
                            && topics.equals(other.topics)
                            && vocabulary.equals(other.vocabulary));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Returns these topics' identity by value. */
    Identity identity() {
        return identity;
    }

    /**
     * A phrase a question is compared with in meaning, and the topic it stands for.
     *
     * @param topic the topic
     * @param text its name, its name asked for ("what is the debit date?"), or one of the words that name it
     */
    public record Phrase(Topic topic, String text) {}

    /** Returns the phrases questions are compared with in meaning, every topic's in the topics' order. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** Returns the texts of {@link #phrases()}, in the same order. */
    public List<String> phraseTexts() {
        return phraseTexts;
    }

    /** Returns topics as given. */
    public static Topics of(List<Topic> topics) {
        return new Topics(topics, List.of());
    }

    /**
     * Returns topics as given, in a conversation about the given texts (a situation, a brief): their words
     * are the conversation's own, so small talk about them is not a tangent.
     */
    public static Topics of(List<Topic> topics, List<String> texts) {
        return new Topics(topics, texts);
    }

    /** Returns no topics: only the scenario-free families are read. */
    public static Topics none() {
        return new Topics(List.of(), List.of());
    }

    /**
     * Derives the topics of a scenario: one per fact ({@code order_number} is asked about as "order
     * number"), their own name, and one per answer line with cues (the line's cues name it). An answer line with a {@code
     * topic} answers that topic, and its cues and example questions name it too.
     */
    public static Topics of(Scenario scenario) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        scenario.facts().forEach((key, value) -> {
            String label = key.replace('_', ' ');
            List<String> words = new ArrayList<>();
            words.add(label);
            byId.put(key, new Topic(key, label, words, Optional.of(value)));
        });
        // "What's your name?" is theirs to answer, as any fact is.
        if (!scenario.persona().name().isBlank()) {
            byId.putIfAbsent(
                    THEIR_NAME,
                    new Topic(
                            THEIR_NAME,
                            "name",
                            List.of("your name"),
                            Optional.of(scenario.persona().name())));
        }
        for (Line line : scenario.lines().forIntent(Intent.ANSWER)) {
            Optional<String> id = idOf(line);
            if (id.isEmpty()) {
                continue;
            }
            List<String> naming = new ArrayList<>(line.cues());
            line.examples().stream()
                    .map(Topics::asWords)
                    .filter(e -> !e.isEmpty())
                    .forEach(naming::add);
            Topic known = byId.get(id.get());
            if (known == null) {
                String label = line.cues().isEmpty()
                        ? id.get().replace('_', ' ').replace('-', ' ')
                        : line.cues().getFirst();
                byId.put(id.get(), new Topic(id.get(), label, naming, Optional.empty()));
            } else if (line.topic().isPresent()) {
                List<String> words = new ArrayList<>(known.words());
                naming.stream().filter(w -> !words.contains(w)).forEach(words::add);
                byId.put(id.get(), new Topic(known.id(), known.label(), words, known.value()));
            }
        }
        return new Topics(new ArrayList<>(byId.values()), texts(scenario));
    }

    /** The scenario's own words: its situation, brief, persona, needs, facts and authored lines. */
    private static List<String> texts(Scenario scenario) {
        List<String> texts = new ArrayList<>();
        texts.add(scenario.title());
        texts.add(scenario.situation());
        texts.add(scenario.learner().goal());
        scenario.learner().keyPoints().forEach(k -> {
            texts.add(k.text());
            texts.addAll(k.cues());
        });
        texts.add(scenario.persona().relationship());
        texts.add(scenario.persona().history());
        scenario.persona().needs().forEach(n -> texts.add(n.text()));
        texts.addAll(scenario.checklist());
        scenario.facts().forEach((key, value) -> texts.add(key.replace('_', ' ') + " " + value));
        for (Intent intent : Intent.values()) {
            scenario.lines().forIntent(intent).forEach(l -> texts.add(l.text()));
        }
        return texts;
    }

    /** Returns whether a word (or its singular) is one of the conversation's own words. */
    public boolean inVocabulary(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return vocabulary.contains(w) || (w.endsWith("s") && vocabulary.contains(w.substring(0, w.length() - 1)));
    }

    /** Returns the words of a text that say what it is about: four letters or more, not the commonest. */
    static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : CONTENT_WORD_BREAK.split(Wording.normalise(text))) {
            String word = EDGE_MARKS.matcher(w).replaceAll("");
            if (word.length() >= 4 && !TopicWords.COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Returns the topic an authored answer line answers: its {@code topic}, or else {@code answer:} and its
     * first cue; empty for a line with neither.
     */
    public static Optional<String> idOf(Line line) {
        if (line.topic().isPresent()) {
            return line.topic();
        }
        if (line.cues().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "answer:" + line.cues().getFirst().toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    // An example question names its topic by its words; the question mark and stray spaces do not count.
    private static String asWords(String example) {
        return example.strip().replaceAll("[?!.]+$", "").strip();
    }

    /** Returns every topic. */
    public List<Topic> all() {
        return topics;
    }

    /** Returns the topic with this id. */
    public Optional<Topic> byId(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The topic named in each text looked at lately, for topics of any scenario: a text's topic is a function of
     * the text and the topics alone, and the same texts come back (the reply's checks look at the sentences of
     * every candidate authored line at every turn; several readers look at one learner line). Kept by the topics'
     * value, so runs of one scenario share it and nothing else does; bounded by emptying it when it is full.
     */
    private static final Map<Named, Optional<Topic>> NAMED = new ConcurrentHashMap<>();

    private static final int NAMED_TEXTS = 8_192;
    private static final int LONGEST_NAMED_TEXT = 1_000;

    private record Named(Identity topics, String text) {}

    /**
     * Returns the topic a piece of text names, preferring the one named by the longest phrase.
     *
     * @param text a sentence or clause
     * @return the topic, or empty when it names none
     */
    public Optional<Topic> namedIn(String text) {
        if (text.length() > LONGEST_NAMED_TEXT) {
            return findNamedIn(text);
        }
        Named key = new Named(identity, text);
        Optional<Topic> known = NAMED.get(key);
        if (known != null) {
            return known;
        }
        Optional<Topic> found = findNamedIn(text);
        if (NAMED.size() >= NAMED_TEXTS) {
            NAMED.clear();
        }
        NAMED.put(key, found);
        return found;
    }

    private Optional<Topic> findNamedIn(String text) {
        Name best = null;
        for (Name name : names) {
            if ((best == null || name.phrase().length() > best.phrase().length())
                    && Cues.mentions(text, name.phrase())) {
                best = name;
            }
        }
        Optional<Name> loose = namedLooselyIn(text);
        if (best == null) {
            return loose.map(Name::topic);
        }
        // "whats the ordr numbr on the return?" names the order number with typos more than it names "return".
        int exactParts = best.parts().size();
        return Optional.of(
                loose.filter(l -> l.parts().size() > exactParts).orElse(best).topic());
    }

    /**
     * Returns the topic a text names with a typo or a stand-in word ("ordr no", "ref number"): each word of
     * the topic's name, in order, matched by itself, a stand-in, or one edit away when five letters or more.
     */
    private Optional<Name> namedLooselyIn(String text) {
        List<String> tokens = List.of(TOKEN_BREAK.split(Wording.normalise(text)));
        Name best = null;
        for (Name name : names) {
            if ((best == null || name.phrase().length() > best.phrase().length())
                    && Fuzzy.runIn(tokens, name.parts())) {
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the fact topics whose value the text says, in the order of the topics. */
    public List<Topic> valuesIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return topics.stream()
                .filter(t -> t.value().isPresent())
                .filter(t -> lower.contains(t.value().get().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
