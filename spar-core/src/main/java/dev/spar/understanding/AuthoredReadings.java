package dev.spar.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The readings of authored lines already made, shared by every conversation: the simulator says the same
 * scripted lines in many runs, and reading one by the rules costs more than the rest of its turn.
 *
 * <p>A reading by the rules is a function of the line, its side, the scenario's topics and what its readers
 * ask of the conversation before it (the questions still open, the offers on the table, what was disclosed,
 * the lines said, whether the other side has spoken and offered last). So each reading kept notes every question its readers asked of the memory and the answer
 * they got; it is given again only to a line whose memory gives the same answers to all of them (compared with
 * {@code equals}, the memory's records and the contents being records), as the readers then take the same
 * path and make the same acts. A line read in several conversations that differ where it looks keeps a few
 * readings.
 *
 * <p>Bounded (the latest {@value #LINES} lines used, {@value #READINGS} readings each) and safe to use from
 * many threads: the lock covers only the map, not the reading or the comparing.
 */
final class AuthoredReadings {
    static final int LINES = 4_096;
    static final int READINGS = 8;

    /** The readings kept for the whole process. */
    static final AuthoredReadings SHARED = new AuthoredReadings(LINES);

    private final Map<Key, List<Reading>> readings;

    AuthoredReadings(int lines) {
        this.readings = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<Reading>> eldest) {
                return size() > lines;
            }
        };
    }

    /** What identifies an authored line's reading, apart from the conversation: topics, side and words. */
    record Key(Topics.Identity topics, Side side, String line) {}

    /** A reading, with every question its readers asked of the memory and the answer each got. */
    private record Reading(List<Asked> asked, Content content) {
        boolean fits(ConversationMemory memory) {
            for (Asked a : asked) {
                if (!Objects.equals(a.question().apply(memory), a.answer())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One question asked of the memory, and its answer then. */
    private record Asked(Function<Recall, Object> question, Object answer) {}

    /** Returns the reading of a line in this memory: one kept that fits it, else a new one (then kept). */
    Content read(Key key, ConversationMemory memory, Function<Recall, Content> reading) {
        List<Reading> kept;
        synchronized (readings) {
            kept = readings.get(key);
        }
        if (kept != null) {
            for (Reading r : kept) {
                if (r.fits(memory)) {
                    return r.content();
                }
            }
        }
        Noting noting = new Noting(memory);
        Content content = reading.apply(noting);
        Reading made = new Reading(List.copyOf(noting.asked), content);
        synchronized (readings) {
            List<Reading> now = readings.getOrDefault(key, List.of());
            List<Reading> next = new ArrayList<>(now.size() + 1);
            next.add(made);
            next.addAll(now.subList(0, Math.min(now.size(), READINGS - 1)));
            readings.put(key, List.copyOf(next));
        }
        return content;
    }

    /** Returns how many lines have readings kept. */
    int size() {
        synchronized (readings) {
            return readings.size();
        }
    }

    /** A memory that notes what is asked of it. */
    private static final class Noting implements Recall {
        private final ConversationMemory memory;
        private final List<Asked> asked = new ArrayList<>();

        Noting(ConversationMemory memory) {
            this.memory = memory;
        }

        private <T> T ask(Function<Recall, Object> question) {
            Object answer = question.apply(memory);
            asked.add(new Asked(question, answer));
            @SuppressWarnings("unchecked")
            T t = (T) answer;
            return t;
        }

        @Override
        public List<ConversationMemory.Question> openQuestions(Side asker) {
            return ask(m -> m.openQuestions(asker));
        }

        @Override
        public List<ConversationMemory.Offer> offersOnTheTable(Side side) {
            return ask(m -> m.offersOnTheTable(side));
        }

        @Override
        public Optional<ConversationMemory.Disclosure> disclosed(Side side, String topic) {
            return ask(m -> m.disclosed(side, topic));
        }

        @Override
        public List<ConversationMemory.Disclosure> disclosures() {
            return ask(Recall::disclosures);
        }

        @Override
        public List<ConversationMemory.Remembered> lines() {
            return ask(Recall::lines);
        }

        @Override
        public boolean heardFrom(Side side) {
            return ask(m -> m.heardFrom(side));
        }

        @Override
        public boolean offeredLast(Side side) {
            return ask(m -> m.offeredLast(side));
        }
    }
}
