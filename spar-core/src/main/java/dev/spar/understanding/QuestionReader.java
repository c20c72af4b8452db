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
        List<Span> sentences = passage.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            String words = sentence.of(passage.text());
            // "acct no. pls": a please said after a full stop still asks for what came before it.
            Span withNext = s + 1 < sentences.size()
                    ? new Span(sentence.start(), sentences.get(s + 1).end())
                    : sentence;
            boolean namesOne = passage.topics().namedIn(words).isPresent();
            boolean missed = !passage.asks(sentence) && namesOne && Wording.in(QuestionWords.MISSED, passage, sentence);
            boolean requests =
                    !passage.asks(sentence) && namesOne && Wording.in(QuestionWords.REQUEST, passage, withNext);
            if ((!passage.asks(sentence) && !missed && !requests)
                    || Wording.in(OfferPhrases.PROPOSAL, passage, sentence)) {
                continue;
            }
            // "What's the order number, and how much did you pay?" asks two things, each answered.
            for (Span part : questionsIn(passage, sentence)) {
                readQuestion(passage, part, missed, out);
            }
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
    private static Optional<Topic> askedByKind(Passage passage, Span sentence, Optional<FactKind> kind) {
        String words = Wording.words(passage, sentence);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> asked = Topics.contentWords(words);
        // "Who did you say looks after that?" points at what they said: the fact of the kind asked in their latest
        // line that gave one is what it asks for, whatever words it shares.
        if (POINTS_BACK.matcher(words).find()) {
            List<ConversationMemory.Remembered> lines = passage.memory().lines();
            for (int i = lines.size() - 1; i >= 0; i--) {
                Content line = lines.get(i).content();
                Optional<Topic> given = line.side() != passage.otherSide()
                        ? Optional.empty()
                        : passage.topics().valuesIn(line.text()).stream()
                                .filter(kind.get()::fits)
                                .findFirst();
                if (given.isPresent()) {
                    return given;
                }
            }
        }
        // A fact said in a sentence of the words the question names is the one meant ("what day is the wedding?" after
        // "It was promised Tuesday. The wedding's on Saturday."); failing that, one said in a line of them.
        for (boolean sentenceOnly : new boolean[] {true, false}) {
            for (ConversationMemory.Disclosure given : passage.memory().disclosures()) {
                Optional<Topic> topic = passage.topics().byId(given.topic());
                if (given.side() != passage.otherSide()
                        || topic.isEmpty()
                        || !kind.get().fits(topic.get())) {
                    continue;
                }
                List<String> around = new java.util.ArrayList<>(
                        Topics.contentWords(topic.get().label()));
                passage.memory().lines().stream()
                        .filter(l -> l.turn() == given.turn())
                        .map(l -> l.content().text())
                        .map(line -> sentenceOnly ? sentenceGiving(line, given.quote()) : line)
                        .forEach(said -> around.addAll(Topics.contentWords(said)));
                // "the wedding's on Saturday" is about the wedding.
                if (asked.stream().anyMatch(a -> around.stream()
                        .anyMatch(w -> withoutPossessive(w).equals(a)))) {
                    return topic;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence of a line that gave a fact: in "It was meant to come Tuesday. The wedding's on Saturday." the
     * wedding is said of Saturday, not of Tuesday. The whole line when no one sentence holds it.
     */
    private static String sentenceGiving(String line, String quote) {
        String value = quote.toLowerCase(java.util.Locale.ROOT);
        return dev.spar.analysis.Sentences.split(line, line.length()).stream()
                .map(sentence -> sentence.of(line))
                .filter(sentence -> sentence.toLowerCase(java.util.Locale.ROOT).contains(value))
                .findFirst()
                .orElse(line);
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /**
     * Whether a question names a fact by no word but those of its kind: "what day is the wedding?" names the
     * "promised day" only by "day".
     */
    private static boolean namedOnlyByItsKind(Passage passage, Span sentence, Optional<FactKind> kind, Topic topic) {
        if (kind.isEmpty() || topic.value().isEmpty()) {
            return false;
        }
        List<String> asked = keyWords(sentence.of(passage.text()));
        asked.removeIf(WHEN_WORDS::contains);
        return shared(asked, topic) == 0;
    }

    /** A question whose object points at what was just said: "who looks after that?", "when was it?". */
    private static final java.util.regex.Pattern POINTS_BACK =
            java.util.regex.Pattern.compile("\\b(?:that|it|this|them|those)\\s*[?.!]*\\s*$");

    /**
     * Returns the fact a question asks for when it asks for a kind of thing ("how much", "who", "when") about
     * something: "how much did the renewal take out?" asks for the amount, "who should I chase about the invoice?"
     * for the person who handles it, "how many subscribers to break even?" for the break-even figure rather than
     * the subscriber count it also names. Among the facts of that kind, the one whose name and value share the
     * most words with the question; else the only person a "who" question about a thing of theirs can mean, or the
     * only sum a "how much" question can (the only one of that kind, or whose name says it is). A question of a
     * kind about nothing of theirs ("who told you that?") keeps what it named, if anything; one that names a
     * reference ("how many lines are on the account?") is not asking for the account number.
     */
    private static Optional<Topic> ofTheKindAsked(
            Passage passage, Span sentence, Optional<FactKind> kind, Optional<Topic> named) {
        if (kind.isEmpty()) {
            return named;
        }
        List<String> asked = askedWords(sentence.of(passage.text()));
        // "Which day did the money leave your account?": the words that only say a date is asked for name no date in
        // particular; "10 business days" is not the day the money left.
        if (kind.get() == FactKind.WHEN) {
            asked.removeIf(WHEN_WORDS::contains);
            // "Which day did it come out of your account?" asks when they paid, in any words for money moving; a
            // sum asked for is paid whichever it is, so only a date is told apart this way.
            if (MONEY_MOVED.matcher(said(passage, sentence)).find()) {
                asked.add("paid");
            }
        }
        // A fact named by its value stands for its name: "what did Rotaflow quote you?" asks about the competitor,
        // and so for the competitor's price.
        passage.topics().valuesIn(sentence.of(passage.text())).forEach(t -> asked.addAll(keyWords(t.label())));
        // Their own name is asked for by name ("what's your name?"), never as the person or name a question means.
        String said = Wording.normalise(sentence.of(passage.text()));
        List<Topic> ofKind = passage.topics().all().stream()
                .filter(t -> !t.id().equals(Topics.THEIR_NAME))
                .filter(kind.get()::fits)
                // What the question already says is what it is about, not its answer: "when's the spring collection
                // going live?" does not ask for "the spring collection launch".
                .filter(t -> !saysTheValue(said, t))
                .toList();
        boolean namedFits = named.filter(ofKind::contains).isPresent();
        // "What's the launch date?" where the launch is a fact only by name: a line of theirs that says when it is.
        if (kind.get() == FactKind.WHEN
                && !namedFits
                && named.flatMap(Topic::value).isPresent()) {
            Optional<Topic> written = writtenFor(passage, sentence, named.get());
            if (written.isPresent() && ofKind.stream().noneMatch(t -> shared(asked, t) > 0)) {
                return written;
            }
        }
        int namedShare = namedFits ? shared(asked, named.get()) : 0;
        Optional<Topic> best = ofKind.stream()
                .filter(t -> shared(asked, t) > namedShare)
                .max(java.util.Comparator.comparingInt(t -> shared(asked, t)));
        if (best.isPresent()) {
            return best;
        }
        if (namedFits || asksAboutWhatItNames(passage.words(sentence), named)) {
            return named;
        }
        // Who to ask about a thing, or how much something came to, is the one person or sum there is; a length of
        // time or a date is not guessed that way ("how long have you been on the team?" is not the check-in).
        List<Topic> byName = ofKind.stream().filter(kind.get()::fitsByKey).toList();
        // "Which company was the payment going to?" is the one business named by both its key and its value.
        List<Topic> byNameAndValue =
                ofKind.stream().filter(kind.get()::fitsByKeyAndValue).toList();
        List<Topic> only = ofKind.size() == 1
                ? ofKind
                : byName.size() == 1 ? byName : byNameAndValue.size() == 1 ? byNameAndValue : List.of();
        // A line the author tied to "who" answers a who-question itself rather than a fact that only has the shape of
        // a name ("Brooks Bakes"); a fact whose name says it is a person ("rep") is still the one meant.
        if (writtenForTheKind(named, kind.get()) && only.stream().noneMatch(kind.get()::fitsByKey)) {
            return named;
        }
        boolean aboutAnother = named.isPresent() && kind.get() == FactKind.WHO;
        boolean aSum = kind.get() == FactKind.HOW_MUCH;
        boolean aBusiness = kind.get() == FactKind.NAMED
                && WHICH_BUSINESS.matcher(Wording.words(passage, sentence)).find();
        // "Where is it right now?" asks where their thing is: the one place there is.
        boolean whereItIs = kind.get() == FactKind.WHERE
                && named.isEmpty()
                && WHERE_IT_IS.matcher(Wording.words(passage, sentence)).find();
        if (!only.isEmpty() && (aboutAnother || aSum || whereItIs || aBusiness)) {
            return Optional.of(only.getFirst());
        }
        // A reference of another kind is not what was asked: "how many lines are on the account?" is not asking for
        // the account number.
        return named.flatMap(Topic::value)
                        .filter(QuestionWords.REFERENCE.asPredicate())
                        .isPresent()
                ? Optional.empty()
                : named;
    }

    /**
     * Whether the named topic is an answer line its author tied to questions of this kind: a line cued by "who" answers
     * "who set the account up?" itself, rather than the one name among the facts.
     */
    private static boolean writtenForTheKind(Optional<Topic> named, FactKind kind) {
        return named.filter(t -> t.value().isEmpty())
                .filter(t -> t.words().stream()
                        .anyMatch(w -> FactKind.askedIn(w).filter(kind::equals).isPresent()))
                .isPresent();
    }

    /** A question after where a thing is, not where a person is or was told something ("where are you?"). */
    private static final java.util.regex.Pattern WHERE_IT_IS = java.util.regex.Pattern.compile(
            "\\bwhere(?:abouts)?(?: exactly| roughly| abouts| now| right now)?(?:'s|s| is| was| has| does| did)?"
                    + "(?: (?:exactly|roughly|now|right now))? (?:it|that|this|my|the|our|your|ur)\\b"
                    + "(?! (?:catch|problem|point|harm|logic|sense|proof|evidence)\\b)"
                    // "Where did you take the parcel?" asks where their thing went.
                    + "|\\bwhere (?:did|do|have|had) (?:you|u|she|he|they) (?:take|drop|leave|send|post|return|put|hand|bring)"
                    + " (?:it|them|the|my|your|ur|that|this)\\b");

    /** A question after which business a thing went to or came from, by its kind ("which company was it?"). */
    private static final java.util.regex.Pattern WHICH_BUSINESS = java.util.regex.Pattern.compile(
            "\\bwhich (?:company|firm|business|lender|bank|provider|insurer|supplier|brand)\\b"
                    // Not where they work: "which company are you with?" asks about them.
                    + "(?! (?:do|did|does) (?:you|u) work| (?:are|were) (?:you|u) (?:with|from|at)\\b)");

    /**
     * Returns the topic of an answer line of theirs (one with no fact's value) that the question names by a word of
     * its own, besides a fact that only shares its name: "when's the launch?" asks for the line about when it goes
     * live, not the launch's name. The one named by the most of its words, if any.
     */
    private static Optional<Topic> writtenFor(Passage passage, Span sentence, Topic fact) {
        String said = sentence.of(passage.text());
        return passage.topics().all().stream()
                .filter(t -> t.value().isEmpty())
                .filter(t -> t.words().stream()
                                .anyMatch(w ->
                                        fact.words().contains(w) || fact.label().equals(w))
                        && t.words().stream().anyMatch(w -> dev.spar.scenario.Cues.mentions(said, w)))
                .max(java.util.Comparator.comparingLong(t -> t.words().stream()
                        .filter(w -> dev.spar.scenario.Cues.mentions(said, w))
                        .count()));
    }

    private static boolean saysTheValue(String said, Topic topic) {
        // A value of one word ("4 weeks", "Martin") is said only whole; a longer one by most of its words.
        List<String> value = topic.value().map(Topics::contentWords).orElse(List.of());
        return topic.value().filter(v -> said.contains(Wording.normalise(v))).isPresent()
                || (value.size() >= 2 && value.stream().filter(said::contains).count() * 2 > value.size());
    }

    /** The thing "how much" or "how many" asks about: "runway" in "how much runway do you have left?". */
    private static final java.util.regex.Pattern HOW_MUCH_OF =
            java.util.regex.Pattern.compile("\\bhow (?:much|many) (?:more |of (?:the |your |that )?)?([a-z][a-z'-]+)");

    /**
     * Whether a question is about the very thing an answer line of theirs is written for: "how much runway is
     * left?" asks for the runway line, not the only sum of money there is.
     */
    private static boolean asksAboutWhatItNames(String words, Optional<Topic> named) {
        java.util.regex.Matcher m = HOW_MUCH_OF.matcher(words);
        return named.filter(t -> t.value().isEmpty()).isPresent()
                && m.find()
                && named.get().words().stream().anyMatch(w -> w.equalsIgnoreCase(m.group(1)));
    }

    /**
     * The words of a question of four letters or more but the words any question has, with each two neighbours
     * run together ("break even" is "breakeven").
     */
    private static List<String> askedWords(String question) {
        List<String> words = keyWords(question);
        if (QuestionWords.TENURE.matcher(Wording.normalise(question)).find()) {
            words.add("customer");
        }
        // "What are you paying now?" asks for the current figure, not the old one.
        if (QuestionWords.NOW.matcher(Wording.normalise(question)).find()) {
            words.add("current");
        }
        // "What were you paying before the rise?" asks for the old figure, not the new one.
        if (QuestionWords.BEFORE.matcher(Wording.normalise(question)).find()) {
            words.add("old");
        }
        // "When does Hannah need the art by?" asks for the deadline without naming it.
        if (NEEDED_BY.matcher(Wording.normalise(question)).find()) {
            words.add("deadline");
        }
        // "Who are you switching to?" asks for the business they would move to: the competitor; "what number have
        // they put in front of you?" for what that business quoted.
        if (MOVING_TO.matcher(Wording.normalise(question)).find()) {
            words.add("competitor");
        }
        if (QUOTED.matcher(Wording.normalise(question)).find()) {
            words.add("competitor");
            words.add("quote");
        }
        String[] all = Wording.normalise(question).split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i + 1 < all.length; i++) {
            if (!all[i].isEmpty() && !all[i + 1].isEmpty()) {
                words.add(all[i] + all[i + 1]);
            }
        }
        return words;
    }

    private static String said(Passage passage, Span sentence) {
        return Wording.normalise(sentence.of(passage.text()));
    }

    /** The words that only say a question asks when: "which day", "what date", "what time". */
    private static final java.util.Set<String> WHEN_WORDS =
            java.util.Set.of("day", "days", "date", "dates", "time", "times");

    /** Money moving out of their account, in any words: "come out", "left your account", "taken", "debited". */
    private static final java.util.regex.Pattern MONEY_MOVED =
            java.util.regex.Pattern.compile("\\b(?:come|came|comes|go|goes|gone|went|going|coming) out\\b"
                    + "|\\b(?:leave|left|leaves|leaving|hit|hits) (?:your|ur|the|their|his|her) (?:account|acct|acount|bank|card)\\b"
                    + "|\\b(?:taken|took|debited|deducted|withdrawn|charged)\\b");

    /** A question after when something is needed by: "when does she need it?", "by when?", "when is it due?". */
    private static final java.util.regex.Pattern NEEDED_BY = java.util.regex.Pattern.compile(
            "\\b(?:by|until|till) when\\b|\\bwhen (?:do|does|did|will|would|is|are|was)\\b(?:[\\w' -]+ )??(?:need|needs|want|wants|expect|expects|have to|has to|got to)\\b"
                    + "|\\bwhen(?:'s| is| was| are) (?:it|that|this|they|the \\w+|\\w+) due\\b");

    /** A question after the business they would move to: "who are you switching to?", "who would you go with?". */
    private static final java.util.regex.Pattern MOVING_TO = java.util.regex.Pattern.compile(
            "\\b(?:switch|switching|switched|move|moving|moved|jump|jumping|defect|defecting) (?:over )?(?:to|across to)\\b"
                    + "|\\b(?:go|going|went) (?:over )?with\\b");

    /** What another business put to them: "what have they put in front of you?", "what did they quote?". */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "\\bput (?:in front of|on the table for|to) (?:you|u)\\b|\\b(?:they|them|the other (?:lot|firm|company|side))"
                    + " (?:have |has |had )?(?:quoted|offered|quote|offer|come in at|pitched)\\b");

    /** The words of a text of three letters or more but the words any question has ("what", "the", "your"). */
    private static List<String> keyWords(String text) {
        List<String> words = new java.util.ArrayList<>();
        for (String word : Wording.normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !QuestionWords.ASKING.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * How much the asked words name the fact: two for each word of its name or value the question says (by their
     * first five letters), one for each it says by another word of its group ("member" for "years").
     */
    private static int shared(List<String> asked, Topic topic) {
        List<String> its = keyWords(topic.label());
        topic.value().ifPresent(v -> its.addAll(keyWords(v)));
        int share = 0;
        for (String word : its.stream().distinct().toList()) {
            if (asked.stream().anyMatch(a -> sameStem(a, word))) {
                share += 2;
            } else if (asked.stream().anyMatch(a -> sameGroup(a, word))) {
                share += 1;
            }
        }
        return share;
    }

    private static boolean sameGroup(String a, String b) {
        String group = QuestionWords.SAME_THING.get(a);
        return group != null && group.equals(QuestionWords.SAME_THING.get(b));
    }

    private static boolean sameStem(String a, String b) {
        int stem = Math.min(5, Math.min(a.length(), b.length()));
        return stem >= 3 && a.regionMatches(0, b, 0, stem);
    }

    /** Reads one question: what it asks about, and whether it asks again for what was given. */
    private static void readQuestion(Passage passage, Span sentence, boolean missed, List<Act> out) {
        // The kind of thing asked for ("when", "how much", "who"), read once for the three readings below.
        Optional<FactKind> kindAsked =
                FactKind.askedIn(Wording.words(passage, withoutLeadingClause(passage, sentence)));
        Optional<Topic> read =
                ofTheKindAsked(passage, sentence, kindAsked, passage.topics().namedIn(sentence.of(passage.text())));
        // A question that names no fact, or only an answer line, may still ask for a reference; one that picks one of
        // a thing ("which of your lines...") asks for the fact of that name, whatever else it names.
        Optional<Topic> picked = theOneNamed(passage, sentence);
        Optional<Topic> topic = picked.isPresent()
                ? picked
                : read.flatMap(Topic::value).isPresent()
                        ? read
                        : theReference(passage, sentence).or(() -> read);
        boolean known = topic.flatMap(t -> passage.memory().disclosed(passage.otherSide(), t.id()))
                .isPresent();
        // "What day is the wedding again?" after "promised Tuesday" and "the wedding's on Saturday": a fact read only
        // by the kind of thing it is ("day") is not the one meant when another of that kind was given in their line
        // about what the question names.
        if (!known
                || topic.filter(t -> namedOnlyByItsKind(passage, sentence, kindAsked, t))
                        .isPresent()) {
            Optional<Topic> byKind = askedByKind(passage, sentence, kindAsked);
            if (byKind.isPresent()) {
                topic = byKind;
                known = true;
            }
        }
        if (!known && passage.side() == Side.LEARNER) {
            known = givenAlready(passage, sentence);
        }
        // "What size are you again?" asks again only if they gave it: in a conversation where they never said it, a
        // first question, however it is worded; "again" alone decides where no topic is read, or where nothing of
        // theirs is known (a line read on its own).
        boolean saysAgain = Wording.in(QuestionWords.AGAIN, passage, sentence)
                && (topic.isEmpty()
                        || known
                        || !passage.memory().heardFrom(passage.otherSide())
                        || topic.filter(t -> saidBy(passage, t)).isPresent());
        ActKind kind = (known || missed || saysAgain) && !mocking(passage, sentence) ? ActKind.REASK : ActKind.ASK;
        out.add(Act.of(
                kind,
                passage.text(),
                sentence,
                topic.map(Topic::id),
                topic.map(Topic::label).orElse("")));
    }

    /** A question after "the ref", "the reference number": a reference code, whatever the fact is called. */
    private static final java.util.regex.Pattern REFERENCE_ASKED =
            java.util.regex.Pattern.compile("\\b(?:ref|reference|ref no|ref number|reference number|ref #)\\b");

    /**
     * Returns the one reference code among the facts that a question after "the ref" means ("read me the ref off
     * your confirmation email"): the fact whose name says it is the reference, else the only code that is not an
     * email or a web address.
     */
    private static Optional<Topic> theReference(Passage passage, Span sentence) {
        if (!REFERENCE_ASKED.matcher(Wording.words(passage, sentence)).find()) {
            return Optional.empty();
        }
        List<Topic> codes = passage.topics().all().stream()
                .filter(t -> t.value()
                        .filter(v -> QuestionWords.REFERENCE.matcher(v).find() && !v.contains("@") && !v.contains("."))
                        .isPresent())
                .toList();
        List<Topic> byName = codes.stream().filter(t -> t.id().contains("ref")).toList();
        return byName.size() == 1
                ? Optional.of(byName.getFirst())
                : codes.size() == 1 ? Optional.of(codes.getFirst()) : Optional.empty();
    }

    /** "Which of your lines...", "which account": the thing a which-question picks one of. */
    private static final java.util.regex.Pattern WHICH_ONE = java.util.regex.Pattern.compile(
            "\\bwhich (?:one )?(?:of (?:the |your |ur |my |our |their |those |these )?(?:\\w+ )??)?([a-z]{3,})\\b");

    /**
     * Returns the one fact a which-question picks ("which of your lines was cut off?" asks for the line number): the
     * only fact whose name has the word the question picks from.
     */
    private static Optional<Topic> theOneNamed(Passage passage, Span sentence) {
        java.util.regex.Matcher m = WHICH_ONE.matcher(Wording.words(passage, sentence));
        if (!m.find() || FactKind.askedIn(Wording.words(passage, sentence)).isPresent()) {
            return Optional.empty();
        }
        String picked = m.group(1).replaceAll("(?<=\\w{3})s$", "");
        List<Topic> named = passage.topics().all().stream()
                .filter(t -> t.value().isPresent())
                .filter(t -> java.util.Arrays.asList(t.id().split("_")).contains(picked))
                .toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** Whether the other side has said a fact's value in any line so far, under whatever topic it was read. */
    private static boolean saidBy(Passage passage, Topic topic) {
        return topic.value().isEmpty()
                || passage.memory().lines().stream()
                        .filter(r -> r.content().side() == passage.otherSide())
                        .anyMatch(
                                r -> saysTheValue(Wording.normalise(r.content().text()), topic));
    }

    /** Where a second question starts inside a sentence: ", and how much...", " or when...". */
    private static final java.util.regex.Pattern NEXT_QUESTION = java.util.regex.Pattern.compile(
            ",?\\s+(?:and|or|also|plus|then)\\s+(?=(?:what|what's|when|when's|where|where's|who|who's|which|how|is|are|do|did"
                    + "|does|can|could|was|were)\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Returns the questions of a sentence: the whole of it, or its parts where a second question starts. */
    private static List<Span> questionsIn(Passage passage, Span sentence) {
        java.util.regex.Matcher m = NEXT_QUESTION.matcher(passage.text()).region(sentence.start(), sentence.end());
        List<Span> parts = new java.util.ArrayList<>();
        int from = sentence.start();
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new Span(from, m.start()));
                from = m.end();
            }
        }
        parts.add(new Span(from, sentence.end()));
        return parts;
    }

    /**
     * A question after a clause that sets the scene asks the kind of thing its own clause asks: "When you filled the
     * returns form in, was it yourself or did someone help you?" asks who filled it in, not when.
     */
    private static Span withoutLeadingClause(Passage passage, Span part) {
        java.util.regex.Matcher m = SCENE_THEN_QUESTION.matcher(passage.text()).region(part.start(), part.end());
        return m.lookingAt() ? new Span(m.end(), part.end()) : part;
    }

    private static final java.util.regex.Pattern SCENE_THEN_QUESTION = java.util.regex.Pattern.compile(
            "\\s*(?:when|whenever|if|once|after|before|while|since)\\s[^,?.!]{3,80},\\s*(?=(?:is|was|were|are|do|does|did"
                    + "|can|could|would|will|have|has|had|what|who|which|where|how|why)\\s)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
}
