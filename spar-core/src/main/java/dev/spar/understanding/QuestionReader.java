package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;

/**
 * Questions and what they ask about: a question that names a topic the other side already gave is asked
 * again ({@link ActKind#REASK}), pointing at the turn that gave it.
 */
final class QuestionReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = sentence.of(passage.text());
            boolean missed = !passage.asks(sentence)
                    && Wording.in(QuestionWords.MISSED, passage, sentence)
                    && passage.topics().namedIn(words).isPresent();
            if ((!passage.asks(sentence) && !missed) || Wording.in(OfferPhrases.PROPOSAL, passage, sentence)) {
                continue;
            }
            Optional<Topic> topic =
                    ofTheKindAsked(passage, sentence, passage.topics().namedIn(words));
            boolean known = topic.flatMap(t -> passage.memory().disclosed(passage.otherSide(), t.id()))
                    .isPresent();
            if (!known) {
                Optional<Topic> byKind = askedByKind(passage, sentence);
                if (byKind.isPresent()) {
                    topic = byKind;
                    known = true;
                }
            }
            if (!known && passage.side() == Side.LEARNER) {
                known = givenAlready(passage, sentence);
            }
            ActKind kind = (known || missed || Wording.in(QuestionWords.AGAIN, passage, sentence))
                            && !mocking(passage, sentence)
                    ? ActKind.REASK
                    : ActKind.ASK;
            out.add(Act.of(
                    kind,
                    passage.text(),
                    sentence,
                    topic.map(Topic::id),
                    topic.map(Topic::label).orElse("")));
        }
    }

    /** "Three free pages, and shall I mow your lawn while I'm at it?" mocks what they asked; it asks nothing again. */
    private static boolean mocking(Passage passage, Span sentence) {
        String words = Wording.words(passage, sentence);
        return java.util.stream.Stream.concat(JabWords.MOCK.stream(), JabWords.MOCK_KINDS.stream())
                .anyMatch(p -> p.matcher(words).find());
    }

    /**
     * Returns whether the other side already gave what a question asks for, whatever the scenario's facts: "how
     * much were you charged?" after "$588, taken on the 12th", "when did you purchase it?" after "I bought it 45
     * days ago". A question that carries the answer itself ("so that was $588?") checks it rather than asks again.
     */
    private static boolean givenAlready(Passage passage, Span sentence) {
        List<String> theirs = passage.memory().lines().stream()
                .filter(l -> l.content().side() == passage.otherSide())
                .map(l -> l.content().text())
                .toList();
        if (theirs.isEmpty()) {
            return false;
        }
        String words = Wording.words(passage, sentence);
        if (QuestionWords.FOLLOW_UP.matcher(words).find()) {
            return false;
        }
        String said = sentence.of(passage.text());
        java.util.Set<String> asked = about(words);
        for (QuestionWords.Sought sought : QuestionWords.SOUGHT) {
            boolean carriesTheAnswer = sought.reach() != QuestionWords.Reach.SHARED_WORD
                    && sought.given().matcher(said).find();
            if (!sought.question().matcher(words).find() || carriesTheAnswer) {
                continue;
            }
            String last = theirs.getLast();
            boolean lastGave = sought.given().matcher(last).find();
            switch (sought.reach()) {
                case LAST_LINE -> {
                    if (lastGave) {
                        return true;
                    }
                }
                case SHARED_WORD_OR_BARE, SHARED_WORD -> {
                    if (lastGave && asked.isEmpty() && sought.reach() == QuestionWords.Reach.SHARED_WORD_OR_BARE) {
                        return true;
                    }
                    for (String line : theirs) {
                        if (sought.given().matcher(line).find()
                                && about(Wording.normalise(line)).stream().anyMatch(asked::contains)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Returns what a text is about: its content words, each as the stem or the group of words it belongs to. */
    private static java.util.Set<String> about(String words) {
        java.util.Set<String> about = new java.util.HashSet<>();
        for (String w : words.split("[^\\p{L}\\p{N}]+")) {
            String group = QuestionWords.SAME_THING.get(w);
            if (group != null) {
                about.add(group);
            } else if (w.length() >= 4 && !TopicWords.COMMON.contains(w) && !QuestionWords.NOT_ABOUT.contains(w)) {
                about.add(w.replaceAll("(?<=\\w{4})(?:ing|ed|es|s)$", ""));
            }
        }
        return about;
    }

    /**
     * Returns the fact a question asks for by its kind rather than its name ("when's the wedding?" after "the
     * wedding is on Saturday"): a fact of that kind the other side gave, in a line sharing a word with the question
     * or a word of the fact's name.
     */
    private static Optional<Topic> askedByKind(Passage passage, Span sentence) {
        String words = Wording.words(passage, sentence);
        Optional<FactKind> kind = FactKind.askedIn(words);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> asked = Topics.contentWords(words);
        for (ConversationMemory.Disclosure given : passage.memory().disclosures()) {
            Optional<Topic> topic = passage.topics().byId(given.topic());
            if (given.side() != passage.otherSide()
                    || topic.isEmpty()
                    || !kind.get().fits(topic.get())) {
                continue;
            }
            List<String> around =
                    new java.util.ArrayList<>(Topics.contentWords(topic.get().label()));
            passage.memory().lines().stream()
                    .filter(l -> l.turn() == given.turn())
                    .forEach(l -> around.addAll(Topics.contentWords(l.content().text())));
            if (asked.stream().anyMatch(around::contains)) {
                return topic;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the fact a question asks for when it asks for a kind of thing ("how much", "who", "when") about
     * something: "how much did the renewal take out?" asks for the amount, "who should I chase about the invoice?"
     * for the person who handles it, "how many subscribers to break even?" for the break-even figure rather than
     * the subscriber count it also names. Among the facts of that kind, the one whose name and value share the
     * most words with the question; else, when the question names a fact of another kind, the only fact of the
     * kind asked; a "how much" question about nothing the facts name gets the only sum of money there is. A
     * question of a kind that is about nothing of theirs ("who told you that?") keeps what it named, if anything.
     */
    private static Optional<Topic> ofTheKindAsked(Passage passage, Span sentence, Optional<Topic> named) {
        Optional<FactKind> kind = FactKind.askedIn(Wording.words(passage, sentence));
        if (kind.isEmpty()) {
            return named;
        }
        List<String> asked = askedWords(sentence.of(passage.text()));
        List<Topic> ofKind =
                passage.topics().all().stream().filter(kind.get()::fits).toList();
        boolean namedFits = named.filter(kind.get()::fits).isPresent();
        int namedShare = namedFits ? shared(asked, named.get()) : 0;
        Optional<Topic> best = ofKind.stream()
                .filter(t -> shared(asked, t) > namedShare)
                .max(java.util.Comparator.comparingInt(t -> shared(asked, t)));
        if (best.isPresent()) {
            return best;
        }
        if (namedFits || ofKind.size() != 1) {
            return named;
        }
        boolean aboutAnother = named.isPresent();
        boolean onlySum = named.isEmpty() && kind.get() == FactKind.HOW_MUCH;
        return aboutAnother || onlySum ? Optional.of(ofKind.getFirst()) : named;
    }

    /**
     * The words of a question of four letters or more but the words any question has, with each two neighbours
     * run together ("break even" is "breakeven").
     */
    private static List<String> askedWords(String question) {
        List<String> words = new java.util.ArrayList<>();
        String[] all = Wording.normalise(question).split("[^\\p{L}\\p{N}]+");
        for (String word : all) {
            if (word.length() >= 4 && !QuestionWords.ASKING.contains(word)) {
                words.add(word);
            }
        }
        for (int i = 0; i + 1 < all.length; i++) {
            if (!all[i].isEmpty() && !all[i + 1].isEmpty()) {
                words.add(all[i] + all[i + 1]);
            }
        }
        return words;
    }

    /** How many of the asked words name the fact: its name's words or its value's, by their first five letters. */
    private static int shared(List<String> asked, Topic topic) {
        List<String> its = new java.util.ArrayList<>(Topics.contentWords(topic.label()));
        topic.value().ifPresent(v -> its.addAll(Topics.contentWords(v)));
        return (int) its.stream()
                .distinct()
                .filter(w -> asked.stream().anyMatch(a -> sameWord(a, w)))
                .count();
    }

    private static boolean sameWord(String a, String b) {
        int stem = Math.min(5, Math.min(a.length(), b.length()));
        return stem >= 4 && a.regionMatches(0, b, 0, stem);
    }
}
