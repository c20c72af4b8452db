package dev.spar.understanding;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads what lines say, in the context of one conversation.
 *
 * <pre>{@code
 * Understanding understanding = Understanding.of(scenario, analyzer.meaning());
 * ConversationMemory memory = new ConversationMemory();
 * Content content = understanding.read(Side.LEARNER, "What's the order number?", memory);
 * memory.remember(2, content);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share; reading never changes the memory it is given.
 */
public final class Understanding {
    private final Topics topics;
    private final List<FamilyReader> readers;
    private final MeaningReader meaning;
    /** Whether these are all the readers, whose readings of authored lines {@link AuthoredReadings} keeps. */
    private final boolean allReaders;

    private Understanding(Topics topics, Meaning meaning) {
        this(topics, meaning, allReaders(), true);
    }

    private Understanding(Topics topics, Meaning meaning, List<FamilyReader> readers, boolean allReaders) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.readers = readers;
        this.meaning = new MeaningReader(Objects.requireNonNull(meaning, "meaning"));
        this.allReaders = allReaders;
    }

    /**
     * Returns an understanding that reads only what a line shows of the speaker on its own: blame passed to
     * someone else, false hope, mockery and accusations, by the rules alone. The same readers as the full
     * reading, without the ones whose acts need a scenario or the conversation (questions, facts, offers...),
     * so a live draft or a batch of real conversations pays for what it uses.
     */
    public static Understanding softFailures() {
        return new Understanding(
                Topics.none(), Meaning.NONE, List.of(new JabReader(), new BlameReader(), new HopeReader()), false);
    }

    private static List<FamilyReader> allReaders() {
        return List.of(
                new QuestionReader(),
                new FactReader(),
                new OfferReader(),
                new LimitReader(),
                new GroundReader(),
                new StanceReader(),
                new JabReader(),
                new BlameReader(),
                new HopeReader(),
                new LightReader(),
                new ReferBackReader(),
                new EndReader());
    }

    /** Returns an understanding of a scenario's conversations, with a semantic reading to go with the rules. */
    public static Understanding of(Scenario scenario, Meaning meaning) {
        return new Understanding(Topics.of(scenario), meaning);
    }

    /** Returns an understanding over given topics. */
    public static Understanding of(Topics topics, Meaning meaning) {
        return new Understanding(topics, meaning);
    }

    /** Returns the topics lines are read against. */
    public Topics topics() {
        return topics;
    }

    /**
     * Reads one line.
     *
     * @param side who said it
     * @param line what they said
     * @param memory the conversation before it; not changed
     * @return the acts the line makes, in order of appearance
     */
    public Content read(Side side, String line, ConversationMemory memory) {
        return read(side, line, memory, true);
    }

    /**
     * Reads a line the rules alone can read: an authored line of the other person, whose words this project
     * wrote. The semantic reading's example banks are of what people improvise; leaving it out keeps a turn
     * cheap. A line already read in a conversation that gives the same answers where its reading looks (in
     * this run or another) is not read again ({@link AuthoredReadings}).
     */
    public Content readAuthored(Side side, String line, ConversationMemory memory) {
        Objects.requireNonNull(line, "line");
        if (!allReaders) {
            return read(side, line, memory, false);
        }
        return AuthoredReadings.SHARED.read(
                new AuthoredReadings.Key(topics.identity(), side, line),
                memory,
                recall -> read(side, line, recall, false));
    }

    private Content read(Side side, String line, Recall memory, boolean withMeaning) {
        Objects.requireNonNull(line, "line");
        Passage passage = Passage.of(line, side, topics, memory);
        List<Act> acts = new ArrayList<>();
        for (FamilyReader reader : readers) {
            reader.read(passage, acts);
        }
        List<MeaningMatch> likeCoached = List.of();
        if (withMeaning) {
            meaning.read(passage, acts);
            meaning.readTopics(passage, acts);
            if (side == Side.LEARNER) {
                likeCoached = meaning.likeCoached(line, !memory.heardFrom(Side.LEARNER));
            }
        }
        acts.sort(Comparator.comparingInt((Act a) -> a.span().start()).thenComparing(Act::kind));
        return new Content(line, side, acts, likeCoached);
    }
}
