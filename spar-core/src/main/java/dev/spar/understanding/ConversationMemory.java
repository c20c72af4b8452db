package dev.spar.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a conversation has established so far: the facts each side has disclosed, the questions asked and
 * answered, the offers on the table and the promises made.
 *
 * <p>One instance follows one conversation; {@link #remember} takes each line's content in order. It is a
 * plain record of what was said, so the counterpart and the critique can rebuild the same memory from a
 * transcript.
 */
public final class ConversationMemory implements Recall {
    private final List<Remembered> lines = new ArrayList<>();
    private final List<Disclosure> disclosures = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final List<Promise> promises = new ArrayList<>();

    /** A line and its content, with its turn number in the conversation (from 1). */
    public record Remembered(int turn, Content content) {}

    /** A fact a side gave: its topic, the turn and the words. */
    public record Disclosure(Side side, String topic, int turn, String quote) {}

    /**
     * A question a side asked.
     *
     * @param answeredAt the turn that answered it, or empty while it is open
     */
    public record Question(Side side, Optional<String> topic, int turn, String quote, Optional<Integer> answeredAt) {}

    /** Something a side put on the table (an offer, or a promise to do something), and what became of it. */
    public record Offer(Side side, String what, int turn, String quote, Status status) {
        /** What became of an offer. */
        public enum Status {
            ON_THE_TABLE,
            ACCEPTED,
            REJECTED
        }
    }

    /** A commitment the learner made, and whether it was later walked back. */
    public record Promise(String what, int turn, String quote, boolean walkedBack) {}

    /**
     * Takes in one line's content.
     *
     * @param turn the line's turn number in the conversation, from 1
     * @param content what the line says
     */
    public void remember(int turn, Content content) {
        lines.add(new Remembered(turn, content));
        Side side = content.side();
        for (Act act : content.acts()) {
            switch (act.kind()) {
                case ANSWER ->
                    act.topic().ifPresent(topic -> {
                        if (disclosed(side, topic).isEmpty()) {
                            disclosures.add(new Disclosure(side, topic, turn, act.quote()));
                        }
                        answer(side, topic, turn);
                    });
                case ASK, REASK -> questions.add(new Question(side, act.topic(), turn, act.quote(), Optional.empty()));
                case OFFER -> offers.add(new Offer(side, act.detail(), turn, act.quote(), Offer.Status.ON_THE_TABLE));
                case PROMISE -> {
                    // "I'll send a second suit today" is also on the table: the other side can take it up or not.
                    offers.add(new Offer(side, act.detail(), turn, act.quote(), Offer.Status.ON_THE_TABLE));
                    if (side == Side.LEARNER) {
                        promises.add(new Promise(act.detail(), turn, act.quote(), false));
                    }
                }
                case ACCEPT -> settleLatestOffer(side.other(), Offer.Status.ACCEPTED);
                case REJECT -> settleLatestOffer(side.other(), Offer.Status.REJECTED);
                default -> {
                    // The other kinds say how a line is said, not what it establishes.
                }
            }
        }
    }

    /** Marks the latest open promise walked back (a promise taken back later in the conversation). */
    public void walkBack(Promise promise) {
        int at = promises.indexOf(promise);
        if (at >= 0) {
            promises.set(at, new Promise(promise.what(), promise.turn(), promise.quote(), true));
        }
    }

    /**
     * Returns the learner's promise that an honest limit takes back, if any: the latest promise not yet
     * walked back whose words the limit names ("I can't refund it today after all" takes back "refund the $18
     * today"). A limit on something else ("I can't guarantee Saturday") takes back nothing.
     */
    public Optional<Promise> walkedBackBy(Act limit) {
        if (limit.kind() != ActKind.HONEST_LIMIT) {
            return Optional.empty();
        }
        List<String> limited = Topics.contentWords(limit.detail());
        for (int i = promises.size() - 1; i >= 0; i--) {
            Promise p = promises.get(i);
            List<String> promised = Topics.contentWords(p.what());
            if (!p.walkedBack()
                    && limited.stream().anyMatch(w -> promised.stream().anyMatch(q -> sameWord(w, q)))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the turn an act points back to: for a re-ask, the turn that gave the fact; for a reference back,
     * the turn of the earlier line it names.
     */
    public Optional<Integer> turnReferredTo(Act act) {
        return switch (act.kind()) {
            case REASK ->
                act.topic().flatMap(topic -> disclosures.stream()
                        .filter(d -> d.topic().equals(topic))
                        .findFirst()
                        .map(Disclosure::turn));
            case REFER_BACK ->
                lines.stream()
                        .filter(r ->
                                !act.detail().isEmpty() && r.content().text().equals(act.detail()))
                        .reduce((first, second) -> second)
                        .map(Remembered::turn);
            default -> Optional.empty();
        };
    }

    /** Two content words are the same when one is the other with an ending ("refund", "refunded"). */
    private static boolean sameWord(String a, String b) {
        return Fuzzy.withEnding(a, b) || Fuzzy.withEnding(b, a);
    }

    /** Returns the disclosure of a topic by a side, if that side has given it. */
    @Override
    public Optional<Disclosure> disclosed(Side side, String topic) {
        return disclosures.stream()
                .filter(d -> d.side() == side && d.topic().equals(topic))
                .findFirst();
    }

    /** Returns every disclosure, oldest first. */
    @Override
    public List<Disclosure> disclosures() {
        return List.copyOf(disclosures);
    }

    /** Returns the questions a side asked that are still open, oldest first. */
    @Override
    public List<Question> openQuestions(Side asker) {
        return questions.stream()
                .filter(q -> q.side() == asker && q.answeredAt().isEmpty())
                .toList();
    }

    /** Returns the offers a side made that are still on the table, oldest first. */
    @Override
    public List<Offer> offersOnTheTable(Side side) {
        return offers.stream()
                .filter(o -> o.side() == side && o.status() == Offer.Status.ON_THE_TABLE)
                .toList();
    }

    /** Returns every offer, oldest first. */
    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    /** Returns the learner's promises, oldest first. */
    public List<Promise> promises() {
        return List.copyOf(promises);
    }

    /** Returns every line remembered, oldest first. */
    @Override
    public List<Remembered> lines() {
        return List.copyOf(lines);
    }

    /** Returns whether a side has said anything yet. */
    @Override
    public boolean heardFrom(Side side) {
        return lastFrom(side).isPresent();
    }

    /** Returns whether the last line a side said offers or promises something. */
    @Override
    public boolean offeredLast(Side side) {
        return lastFrom(side)
                .filter(c -> c.has(ActKind.OFFER) || c.has(ActKind.PROMISE))
                .isPresent();
    }

    /** Returns the content of the last line a side said, if any. */
    public Optional<Content> lastFrom(Side side) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).content().side() == side) {
                return Optional.of(lines.get(i).content());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the figure a side first asked for, written as a fact of the same kind is written: a learner who asked
     * for "78k" where the brief says "$84,000" asked for "$78,000". The first ask stays the ask: a lower figure said
     * later is ground given ("a minute ago it was $78,000"). Empty when they named no figure, or none on the fact's
     * scale (a figure under a third or over three times it is about something else).
     *
     * @param side who asked
     * @param like the fact the figure stands in for, for its scale, currency sign and thousands separators
     */
    public Optional<String> figureAskedFor(Side side, String like) {
        for (Remembered line : lines) {
            Content said = line.content();
            if (said.side() != side) {
                continue;
            }
            for (String figure : GroundWords.figuresAsked(said.text())) {
                Optional<String> asked = Figures.like(figure, like);
                if (asked.isPresent()) {
                    return asked;
                }
            }
        }
        return Optional.empty();
    }

    private void answer(Side answerer, String topic, int turn) {
        Side asker = answerer.other();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.side() == asker
                    && q.answeredAt().isEmpty()
                    && q.topic().filter(topic::equals).isPresent()) {
                questions.set(i, new Question(q.side(), q.topic(), q.turn(), q.quote(), Optional.of(turn)));
            }
        }
    }

    private void settleLatestOffer(Side offerer, Offer.Status status) {
        for (int i = offers.size() - 1; i >= 0; i--) {
            Offer o = offers.get(i);
            if (o.side() == offerer && o.status() == Offer.Status.ON_THE_TABLE) {
                offers.set(i, new Offer(o.side(), o.what(), o.turn(), o.quote(), status));
                return;
            }
        }
    }
}
