package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.OVER_APOLOGY;
import static dev.spar.analysis.FindingCategory.OVER_EXPLAINING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.ReadingWords.APOLOGY_QUOTE_CHARS;
import static dev.spar.analysis.ReadingWords.ASIDE;
import static dev.spar.analysis.ReadingWords.CHECK_WORDS;
import static dev.spar.analysis.ReadingWords.CLAUSE_BREAK;
import static dev.spar.analysis.ReadingWords.CLAUSE_END;
import static dev.spar.analysis.ReadingWords.COMPLETION_MAX_WORDS;
import static dev.spar.analysis.ReadingWords.COMPLETION_MIN_WORDS;
import static dev.spar.analysis.ReadingWords.DECIDED_LATER;
import static dev.spar.analysis.ReadingWords.DIRECTIVE;
import static dev.spar.analysis.ReadingWords.EXPLANATION_WORDS;
import static dev.spar.analysis.ReadingWords.FEELING_AS_CLAIM;
import static dev.spar.analysis.ReadingWords.FUTURE;
import static dev.spar.analysis.ReadingWords.GENERAL;
import static dev.spar.analysis.ReadingWords.GENERAL_OPENING;
import static dev.spar.analysis.ReadingWords.HARDSHIP;
import static dev.spar.analysis.ReadingWords.HOSTILE;
import static dev.spar.analysis.ReadingWords.HOW_HARD_IT_IS;
import static dev.spar.analysis.ReadingWords.JUSTIFICATIONS;
import static dev.spar.analysis.ReadingWords.MIN_GENERAL_WORDS;
import static dev.spar.analysis.ReadingWords.MIN_REFLECTION_WORDS;
import static dev.spar.analysis.ReadingWords.MIN_STORY_WORDS;
import static dev.spar.analysis.ReadingWords.NAMED_FEELING;
import static dev.spar.analysis.ReadingWords.NOT_A_FEELING;
import static dev.spar.analysis.ReadingWords.NOT_A_REFLECTION;
import static dev.spar.analysis.ReadingWords.NOT_A_STORY;
import static dev.spar.analysis.ReadingWords.NOT_THEIR_THOUGHT;
import static dev.spar.analysis.ReadingWords.OUR_PLAN;
import static dev.spar.analysis.ReadingWords.OWN;
import static dev.spar.analysis.ReadingWords.OWNED_APOLOGY;
import static dev.spar.analysis.ReadingWords.OWN_CLAUSE;
import static dev.spar.analysis.ReadingWords.OWN_LIFE;
import static dev.spar.analysis.ReadingWords.REFLECTIVE_OPENER;
import static dev.spar.analysis.ReadingWords.REPORTED;
import static dev.spar.analysis.ReadingWords.REPORTED_SPEECH;
import static dev.spar.analysis.ReadingWords.STOP_WORDS;
import static dev.spar.analysis.ReadingWords.STORY_WORDS;
import static dev.spar.analysis.ReadingWords.SUBSTANCE;
import static dev.spar.analysis.ReadingWords.UNDERSTANDING;
import static dev.spar.analysis.ReadingWords.VIEW_CLAUSE;
import static dev.spar.analysis.ReadingWords.WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One utterance being read: finds the phrase hits sentence by sentence, then applies the rules that need
 * the whole utterance or the conversation so far (policy first, canned empathy, over-apology,
 * over-explaining, question types, strengths).
 */
final class Reading {

    /** Beyond this many characters an utterance is not read further, so cost stays bounded. */
    static final int MAX_CHARS = 5_000;

    /** A phrase match with the sentence it is in and the span that is its evidence. */
    private record Hit(Phrase phrase, int sentence, Span match, Span evidence) {
        FindingCategory category() {
            return phrase.category();
        }

        boolean isStock() {
            return phrase.category() == CANNED_EMPATHY;
        }
    }

    /** A move found, with the hit that found it (null for moves the utterance-level rules found). */
    private record Found(Move move, Span span, int sentence, Hit source) {
        boolean fromStock() {
            return source != null && source.isStock();
        }
    }

    private final String text;
    private final String norm;
    private final AnalysisContext context;
    private final List<Span> sentences;
    private final List<Shape> shapes;
    private final List<Hit> hits = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();
    private final List<Span> sympathies = new ArrayList<>();
    private final List<Span> notForThem = new ArrayList<>();
    private String normalizedCounterpart;

    private Reading(String text, AnalysisContext context) {
        this.text = text;
        this.norm = PhraseBook.normalize(text);
        this.context = context;
        this.sentences = Sentences.split(norm, readableLength(text));
        this.shapes = Shape.of(norm, sentences);
    }

    /** Reads one utterance in its context with the phrases of a phrase book. */
    static UtteranceAnalysis read(String utterance, AnalysisContext context, PhraseBook book) {
        Reading reading = new Reading(utterance, context);
        reading.scan(book);
        reading.findMoves();
        reading.findFlags();
        return reading.result();
    }

    /** Returns how much of a text is read: all of it up to {@link #MAX_CHARS}, cut at a word break. */
    static int readableLength(String text) {
        if (text.length() <= MAX_CHARS) {
            return text.length();
        }
        int cut = MAX_CHARS;
        while (cut > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    // ---------------------------------------------------------------- phrase hits

    private void scan(PhraseBook book) {
        String readable =
                norm.substring(0, sentences.isEmpty() ? 0 : sentences.getLast().end());
        for (Phrase phrase : book.phrases()) {
            if (!phrase.mayMatch(readable)) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(norm);
            Matcher before =
                    phrase.unlessBefore() == null ? null : phrase.unlessBefore().matcher(norm);
            Matcher after =
                    phrase.unlessAfter() == null ? null : phrase.unlessAfter().matcher(norm);
            for (int s = 0; s < sentences.size(); s++) {
                Span sentence = sentences.get(s);
                if (phrase.needsQuestion() && !Sentences.isQuestion(norm, sentence)) {
                    continue;
                }
                m.region(sentence.start(), sentence.end());
                if (phrase.anchored()) {
                    // An anchored pattern can only match at the sentence start: one attempt, not one per character.
                    if (m.lookingAt()) {
                        consider(phrase, s, m, before, after);
                    }
                } else {
                    while (m.find()) {
                        consider(phrase, s, m, before, after);
                    }
                }
            }
        }
    }

    /** Keeps a match as a hit unless a veto, quotation marks, reported speech or an echo rules it out. */
    private void consider(Phrase phrase, int s, Matcher m, Matcher before, Matcher after) {
        Span sentence = sentences.get(s);
        if (m.end() == m.start() || vetoed(m, sentence, before, after)) {
            return;
        }
        Span match = quoteOf(m, phrase.quoteGroups());
        boolean problem = phrase.flags() && phrase.category().isProblem();
        if (isQuoted(match, sentence)
                || (problem && isReported(match, sentence))
                || (phrase.category() == GUESSING && echoesCounterpart(match, sentence))) {
            return;
        }
        hits.add(new Hit(phrase, s, match, evidence(phrase.extent(), match, sentence)));
    }

    private static boolean vetoed(Matcher m, Span sentence, Matcher before, Matcher after) {
        if (before != null) {
            before.region(Math.max(sentence.start(), m.start() - 80), m.start());
            if (before.find()) {
                return true;
            }
        }
        if (after != null) {
            after.region(m.end(), sentence.end());
            return after.lookingAt();
        }
        return false;
    }

    /** Returns the span of the {@code q} group when a pattern names the words to quote, else the match. */
    private static Span quoteOf(Matcher m, List<String> quoteGroups) {
        for (String name : quoteGroups) {
            if (m.start(name) >= 0) {
                return new Span(m.start(name), m.end(name));
            }
        }
        return new Span(m.start(), m.end());
    }

    private Span evidence(Phrase.Extent extent, Span match, Span sentence) {
        return switch (extent) {
            case PHRASE -> match;
            case CLAUSE -> trimmed(match.start(), clauseEnd(match.end(), sentence.end()));
            case REST -> new Span(match.start(), sentence.end());
            case SENTENCE -> sentence;
        };
    }

    private int clauseEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (endsAClause(norm.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean endsAClause(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n';
    }

    private Span trimmed(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        return new Span(start, e);
    }

    /** Returns whether the words sit inside quotation marks: the learner quotes them rather than says them. */
    private boolean isQuoted(Span match, Span sentence) {
        int quotes = 0;
        for (int i = sentence.start(); i < match.start(); i++) {
            if (norm.charAt(i) == '"') {
                quotes++;
            }
        }
        if (quotes % 2 == 1) {
            return true;
        }
        return match.start() > 0
                && match.end() < norm.length()
                && norm.charAt(match.start() - 1) == '\''
                && norm.charAt(match.end()) == '\'';
    }

    /** Returns whether the words report what someone else said ("you were told it would probably..."). */
    private boolean isReported(Span match, Span sentence) {
        Matcher m = REPORTED_SPEECH.matcher(norm);
        m.region(Math.max(sentence.start(), match.start() - 100), match.start());
        return m.find();
    }

    /** Returns whether a question picks up the counterpart's own guess ("you said probably, by when?"). */
    private boolean echoesCounterpart(Span match, Span sentence) {
        if (!Sentences.isQuestion(norm, sentence)) {
            return false;
        }
        return counterpart().contains(norm.substring(match.start(), match.end()));
    }

    private String counterpart() {
        if (normalizedCounterpart == null) {
            String line = context.counterpartLastLine();
            normalizedCounterpart = PhraseBook.normalize(line.substring(0, readableLength(line)));
        }
        return normalizedCounterpart;
    }

    // ---------------------------------------------------------------- moves

    private void findMoves() {
        for (Hit hit : hits) {
            for (Move move : hit.phrase().moves()) {
                found.add(new Found(move, hit.evidence(), hit.sentence(), hit));
            }
        }
        findTaggedSummaries();
        found.removeIf(f -> f.move() == Move.HEDGE && f.source() != null && softensAFeeling(f.source()));
        found.removeIf(f -> f.move() == Move.ADVISE
                && reported(sentences.get(f.sentence()), f.span().start()));
        findOwnExperiences();
        findGeneralisations();
        findReflections();
        findNamedFeelings();
        dropOwnHardships();
        dropOwnReassurances();
        findSympathy();
        dropJudgementalSummaries();
        settleQuestions();
        findCompletions();
        found.sort(Comparator.comparingInt((Found f) -> f.span().start())
                .thenComparing(f -> -f.span().end())
                .thenComparing(Found::move));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean duplicate = kept.stream().anyMatch(k -> k.move() == f.move() && overlaps(k.span(), f.span()));
            if (!duplicate) {
                kept.add(f);
            }
        }
        found.clear();
        found.addAll(kept);
    }

    /**
     * Returns whether the words at a place are reported as theirs or someone else's: a report opens earlier in
     * the same sentence ("you feel like", "he said") and no break brings the speaker's own voice back before it.
     */
    private boolean reported(Span sentence, int at) {
        Matcher report = REPORTED.matcher(norm).region(sentence.start(), at);
        int end = -1;
        while (report.find()) {
            end = report.end();
        }
        return end >= 0 && !CLAUSE_BREAK.matcher(norm).region(end, at).find();
    }

    /** A statement followed by a bare "Is that right?" is a summary offered for correction. */
    private void findTaggedSummaries() {
        Matcher tag = PhraseBook.confirmationTag().matcher(norm);
        for (int s = 1; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            tag.region(sentence.start(), sentence.end());
            Span previous = sentences.get(s - 1);
            if (tag.find() && !Sentences.isQuestion(norm, previous)) {
                found.add(new Found(Move.PARAPHRASE, new Span(previous.start(), sentence.end()), s, null));
            }
        }
    }

    /**
     * A statement about the speaker's own life, with nothing about them in it, shares an experience: "I lost my
     * job last spring and it took months", "My sister went through the same". What the speaker thinks, feels
     * towards them, will do or has just done for them ("I think...", "I'm sorry...", "I'll call...", "I've
     * refunded it") is not a story of their own, nor is a reply such as "I'm fine".
     */
    private void findOwnExperiences() {
        for (int s = 0; s < sentences.size(); s++) {
            int index = s;
            Shape shape = shapes.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.words().size() - shape.body() < MIN_STORY_WORDS
                    || OwnExperience.addressesThem(shape)
                    || !OwnExperience.opens(shape)
                    || found.stream().anyMatch(f -> f.sentence() == index && NOT_A_STORY.contains(f.move()))) {
                continue;
            }
            found.add(new Found(Move.SELF_DISCLOSE, sentences.get(s), s, null));
        }
    }

    /**
     * A statement about people or the world in general, with neither speaker nor listener in it, gives
     * information: "Many people feel this way after a move", "Sleep problems are common with stress".
     */
    private void findGeneralisations() {
        for (int s = 0; s < sentences.size(); s++) {
            int index = s;
            Shape shape = shapes.get(s);
            Span sentence = sentences.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.words().size() - shape.body() < MIN_GENERAL_WORDS
                    || shape.words().stream().anyMatch(w -> Shape.isFirstPerson(w.text()))
                    || found.stream().anyMatch(f -> f.sentence() == index && f.move() == Move.EXPLAIN)) {
                continue;
            }
            boolean impersonal = shape.secondPersonWords() == 0
                    && GENERAL.matcher(norm)
                            .region(sentence.start(), sentence.end())
                            .find();
            boolean opensGenerally = GENERAL_OPENING
                    .matcher(norm)
                    .region(shape.bodyStart(), sentence.end())
                    .lookingAt();
            if (!impersonal && !opensGenerally) {
                continue;
            }
            found.add(new Found(Move.EXPLAIN, sentence, s, null));
        }
    }

    /**
     * A statement that names how hard it is for them or what they feel, beyond the set phrases, is empathy:
     * "Being the only one awake at night with a baby is exhausting for you", "That is a scary thing to face".
     * Not when the sentence asks, tells them what to do, or does something else with the feeling.
     */
    private void findNamedFeelings() {
        for (int s = 0; s < sentences.size(); s++) {
            int index = s;
            Shape shape = shapes.get(s);
            Span sentence = sentences.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.soLead()
                    || found.stream().anyMatch(f -> f.sentence() == index && NOT_A_FEELING.contains(f.move()))
                    || DIRECTIVE
                            .matcher(norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                continue;
            }
            Matcher feeling = NAMED_FEELING.matcher(norm).region(sentence.start(), sentence.end());
            boolean named = shape.secondPersonWords() > 0
                    && !FEELING_AS_CLAIM
                            .matcher(norm)
                            .region(sentence.start(), sentence.end())
                            .find()
                    && feeling.find()
                    && !inView(feeling.start(), sentence);
            if (named
                    || HOW_HARD_IT_IS
                            .matcher(norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                found.add(new Found(Move.EMPATHISE, sentence, s, null));
            }
        }
    }

    /** Returns whether the clause around a feeling at this position forecasts or gives a view of what should be. */
    private boolean inView(int at, Span sentence) {
        int clauseStart = sentence.start();
        Matcher cut = CLAUSE_END.matcher(norm).region(sentence.start(), at);
        while (cut.find()) {
            clauseStart = cut.end();
        }
        Matcher next = CLAUSE_END.matcher(norm).region(at, sentence.end());
        int clauseEnd = next.find() ? next.start() : sentence.end();
        return VIEW_CLAUSE.matcher(norm).region(clauseStart, clauseEnd).find();
    }

    /**
     * "It's hard", "that sucks": how hard something is, which is a reaction to them only when it is about their
     * situation. Not when the words are the speaker's own ("it's hard for me to trust anyone") or follow a story of the speaker's own ("I
     * failed the exam again. It sucks."), unless the sentence turns to them.
     */
    private void dropOwnHardships() {
        found.removeIf(f -> {
            boolean own = (f.move() == Move.EMPATHISE || f.move() == Move.ACKNOWLEDGE) && ownHardship(f);
            if (own) {
                notForThem.add(f.span());
            }
            return own;
        });
    }

    private boolean ownHardship(Found f) {
        Shape shape = shapes.get(f.sentence());
        if (OwnExperience.addressesThem(shape)) {
            return false;
        }
        Matcher m = HARDSHIP.matcher(norm).region(f.span().start(), f.span().end());
        if (!m.find()) {
            return false;
        }
        Span sentence = sentences.get(f.sentence());
        int end = clauseEnd(m.end(), sentence.end());
        return hasOwnWord(norm.substring(m.start(), end), OWN)
                || tellsOwnStory(f.sentence())
                || (f.sentence() > 0 && tellsOwnStory(f.sentence() - 1))
                || (m.group(1).startsWith("it") && f.sentence() > 0 && speaksOfSelfOnly(f.sentence() - 1));
    }

    /**
     * Returns whether a sentence tells of the speaker and not of them: "I've had two jobs this year.", "All week
     * at my desk.", not "I understand." nor "I see."
     */
    private boolean speaksOfSelfOnly(int sentence) {
        Shape shape = shapes.get(sentence);
        Span span = sentences.get(sentence);
        return shape.secondPersonWords() == 0
                && (OwnExperience.opens(shape) || hasOwnWord(norm.substring(span.start(), span.end()), OWN_LIFE));
    }

    private boolean tellsOwnStory(int sentence) {
        return found.stream().anyMatch(o -> o.sentence() == sentence && o.move() == Move.SELF_DISCLOSE);
    }

    /**
     * "Taking my life one day at a time", "I'm sure I come across as awkward": words of reassurance in a clause
     * about the speaker's own life reassure the speaker, not them. Only the words around the set phrase count,
     * so "I'm proud of you" stays an affirmation.
     */
    private void dropOwnReassurances() {
        found.removeIf(f -> f.move() == Move.AFFIRM && f.source() != null && saysOwn(f.source()));
    }

    private boolean saysOwn(Hit hit) {
        Span sentence = sentences.get(hit.sentence());
        int start = clauseStart(hit.match().start(), sentence.start());
        int end = clauseEnd(hit.match().end(), sentence.end());
        if (addressesThem(start, end)) {
            return false;
        }
        return hasOwnWord(norm.substring(start, hit.match().start()), OWN_LIFE)
                || hasOwnWord(norm.substring(hit.match().end(), end), OWN);
    }

    private boolean addressesThem(int from, int to) {
        Matcher word = WORD.matcher(norm).region(from, to);
        while (word.find()) {
            if (Shape.isSecondPerson(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether words, asides left out, hold one of the speaker's own. */
    private static boolean hasOwnWord(String words, Set<String> own) {
        Matcher word = WORD.matcher(ASIDE.matcher(words).replaceAll(" "));
        while (word.find()) {
            if (own.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (endsAClause(norm.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    /**
     * "I'm so sorry, that sounds exhausting": a bare "sorry" beside (or just before) words for how hard it is for them is sorrow
     * for them, not an apology for a fault, so it is empathy as well. Not "sorry for the delay" or "sorry, I
     * missed that", which own something.
     */
    private void findSympathy() {
        List<Found> sorrow = new ArrayList<>();
        for (Found f : found) {
            int index = f.sentence();
            boolean bareSorry = f.move() == Move.APOLOGISE
                    && f.source() != null
                    && f.source().phrase().id().equals("apologise.sorry")
                    && !OWNED_APOLOGY
                            .matcher(norm)
                            .region(f.span().end(), sentences.get(index).end())
                            .lookingAt();
            boolean felt = found.stream()
                    .anyMatch(o -> (o.sentence() == index || o.sentence() == index + 1)
                            && (o.move() == Move.ACKNOWLEDGE || o.move() == Move.EMPATHISE)
                            && !overlaps(o.span(), f.span()));
            if (bareSorry && felt) {
                sorrow.add(new Found(Move.EMPATHISE, f.span(), index, null));
                sympathies.add(f.span());
            }
        }
        found.addAll(sorrow);
    }

    /**
     * A statement about them that says back what they said or seem to mean is a reflection: it opens like one
     * ("it sounds like", "so you..."), has them as its subject, or reuses their own content words; and it does
     * something else than tell them what to do, promise, ask for details or talk about the speaker. After a
     * question of theirs, reusing their words in a plain statement that is neither about them nor the speaker is
     * the answer, not a reflection.
     */
    private void findReflections() {
        Set<String> theirs = context.counterpartLastLine().isBlank()
                ? Set.of()
                : contentWords(counterpart(), 0, counterpart().length());
        boolean theyAsked = counterpart().strip().endsWith("?");
        for (int s = 0; s < sentences.size(); s++) {
            int index = s;
            Shape shape = shapes.get(s);
            Span sentence = sentences.get(s);
            if (!(shape.form() == Shape.Form.STATEMENT || shape.form() == Shape.Form.DECLARATIVE_QUESTION)
                    || (shape.words().size() - shape.body() < MIN_REFLECTION_WORDS && !echoesWord(sentence, theirs))
                    || found.stream()
                            .anyMatch(f -> f.sentence() == index
                                    && (f.move() == Move.PARAPHRASE || NOT_A_REFLECTION.contains(f.move())))
                    || hits.stream()
                            .anyMatch(h ->
                                    h.sentence() == index && h.phrase().flags() && HOSTILE.contains(h.category()))) {
                continue;
            }
            Matcher opener = REFLECTIVE_OPENER.matcher(norm).region(shape.bodyStart(), sentence.end());
            Matcher directive = DIRECTIVE.matcher(norm).region(sentence.start(), sentence.end());
            boolean directs = false;
            while (!directs && directive.find()) {
                directs = !reported(sentence, directive.start());
            }
            boolean opens = opener.lookingAt();
            Shape question = questionIn(shape);
            boolean asksForTheStory = question.asks() && question.isOpen(norm);
            boolean asksItsOwnQuestion = question != shape
                    && (question.form() == Shape.Form.YES_NO_QUESTION || question.form() == Shape.Form.WH_QUESTION)
                    && question.words().size() - question.body() > CHECK_WORDS;
            if (directs
                    || (shape.aboutSelf() && !opens)
                    || asksForTheStory
                    || asksItsOwnQuestion
                    || OUR_PLAN.matcher(norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                continue;
            }
            Set<String> ours = contentWords(norm, sentence.start(), sentence.end());
            long shared = ours.stream().filter(theirs::contains).count();
            // Their words in a plain statement about the thing they asked about ("It does work offline") answer
            // them; it says nothing back about them or about the speaker.
            boolean answers = theyAsked
                    && shape.form() == Shape.Form.STATEMENT
                    && shape.secondPersonWords() == 0
                    && shape.words().stream().noneMatch(w -> Shape.isFirstPerson(w.text()));
            boolean echoes = !answers && (shared >= 2 || (shared >= 1 && ours.size() <= 3));
            boolean aboutThem = shape.aboutThem() && !shape.word(shape.body()).equals("your");
            boolean summaryLead = shape.soLead()
                    && (shape.secondPersonWords() > 0
                            || shared >= 1
                            || shape.form() == Shape.Form.DECLARATIVE_QUESTION);
            boolean explains = found.stream().anyMatch(f -> f.sentence() == index && f.move() == Move.EXPLAIN);
            boolean tellsWhatWillHappen = FUTURE.matcher(norm)
                    .region(sentence.start(), sentence.end())
                    .find();
            boolean theirStory = shape.secondPersonWords() >= 1
                    && shape.words().size() - shape.body() >= STORY_WORDS
                    && !tellsWhatWillHappen
                    && (shared >= 1 || !explains);
            if (opens || aboutThem || summaryLead || (echoes && !tellsWhatWillHappen) || theirStory) {
                found.add(new Found(Move.PARAPHRASE, sentence, s, null));
            }
        }
    }

    /**
     * "Really quite a rough night." after they trail off: a short statement that does nothing else (it neither
     * asks, tells, advises nor speaks of the speaker) finishes their thought, which is a reflection. Not after
     * a question of theirs: then it is the answer; and not when it only says "uh-huh, yeah": that is listening.
     */
    private void findCompletions() {
        if (!found.isEmpty()
                || context.counterpartLastLine().isBlank()
                || counterpart().indexOf('?') >= 0
                || norm.indexOf('?') >= 0) {
            return;
        }
        int words = 0;
        Matcher m = WORD.matcher(norm);
        while (m.find()) {
            words++;
        }
        if (words < COMPLETION_MIN_WORDS
                || words > COMPLETION_MAX_WORDS
                || NOT_THEIR_THOUGHT.matcher(norm).find()
                || OWN_CLAUSE.matcher(norm).find()
                || shapes.stream().allMatch(shape -> shape.form() == Shape.Form.BACKCHANNEL)
                || contentWords(norm, 0, norm.length()).isEmpty()) {
            return;
        }
        Span whole = new Span(sentences.getFirst().start(), sentences.getLast().end());
        found.add(new Found(Move.PARAPHRASE, whole, 0, null));
    }

    /**
     * "Five." after "Five, maybe six": a word or two of theirs said back, the shortest reflection there is. Said
     * as a question ("Five?") it asks them to go on rather than tells them they were heard.
     */
    private boolean echoesWord(Span sentence, Set<String> theirs) {
        if (Sentences.isQuestion(norm, sentence)) {
            return false;
        }
        Set<String> ours = contentWords(norm, sentence.start(), sentence.end());
        return !ours.isEmpty() && theirs.containsAll(ours);
    }

    /** "So you're angry because..." has the shape of a summary but judges them; it is not a neutral one. */
    private void dropJudgementalSummaries() {
        Set<Integer> judged = new HashSet<>();
        for (Hit hit : hits) {
            if (hit.category() == JUDGEMENTAL_FRAMING) {
                judged.add(hit.sentence());
            }
        }
        found.removeIf(f -> f.move() == Move.PARAPHRASE && judged.contains(f.sentence()));
    }

    /**
     * Keeps one reading per question. A verification or closing check is not also an open or closed question;
     * an invitation to tell the story is open; any other sentence that asks, by its shape, is open or closed by
     * its first words (see {@link Shape#isOpen}); a reply that only says "yeah?" or "right?" asks nothing.
     */
    private void settleQuestions() {
        for (int s = 0; s < sentences.size(); s++) {
            int index = s;
            Shape shape = shapes.get(s);
            if (shape.form() == Shape.Form.BACKCHANNEL) {
                found.removeIf(f -> f.sentence() == index && f.move().isQuestion() && f.move() != Move.VERIFY);
                continue;
            }
            List<Found> here = found.stream().filter(f -> f.sentence() == index).toList();
            boolean claimed = here.stream()
                    .anyMatch(f -> f.move() == Move.VERIFY
                            || f.move() == Move.CLOSING_CHECK
                            || f.move() == Move.OPEN_QUESTION);
            if (claimed) {
                found.removeIf(f -> f.sentence() == index && f.move() == Move.CLOSED_QUESTION);
            }
            List<Span> specific = here.stream()
                    .filter(f -> f.move() == Move.VERIFY || f.move() == Move.CLOSING_CHECK)
                    .map(Found::span)
                    .toList();
            found.removeIf(f -> f.sentence() == index
                    && f.move() == Move.OPEN_QUESTION
                    && specific.stream()
                            .anyMatch(span -> span.start() == f.span().start()));
            boolean asked = found.stream()
                    .anyMatch(f -> f.sentence() == index && (f.move().isQuestion() || f.move() == Move.CLOSING_CHECK));
            if (!asked) {
                Shape question = questionIn(shape);
                if (question.asks()) {
                    Move move = question.isOpen(norm) ? Move.OPEN_QUESTION : Move.CLOSED_QUESTION;
                    found.add(new Found(
                            move,
                            new Span(question.bodyStart(), shape.sentence().end()),
                            s,
                            null));
                }
            }
        }
    }

    /**
     * Returns the part of a sentence that asks: for a sentence ending in a question mark, the last clause after
     * a comma, colon or dash that asks by its own shape ("I hear you, why was that?", "Can I ask, what do you
     * like about it?"); for a statement, the last clause that invites the story ("I know it matters, and I'm
     * wondering how you'd start."); otherwise the sentence itself.
     */
    private Shape questionIn(Shape shape) {
        if (!Sentences.isQuestion(norm, shape.sentence())) {
            return shape.asks() ? shape : shape.lastInvitingClause(norm).orElse(shape);
        }
        return shape.lastAskingClause(norm).orElse(shape);
    }

    // ---------------------------------------------------------------- flags

    private void findFlags() {
        for (Hit hit : hits) {
            if (hit.phrase().flags() && !DECIDED_LATER.contains(hit.category()) && !softensAFeeling(hit)) {
                if (hit.category().isProblem()) {
                    flags.add(new Flag(
                            hit.category(),
                            hit.evidence(),
                            quote(hit.evidence()),
                            hit.phrase().alternative()));
                } else if (notForThem.stream().noneMatch(span -> overlaps(span, hit.evidence()))) {
                    strength(hit.category(), hit.evidence());
                }
            }
        }
        flagClearLimits();
        flagPolicyFirst();
        flagCannedEmpathy();
        flagOverApology();
        flagOverExplaining();
        flagStrengthsOfMoves();
        settleFlags();
    }

    /**
     * "A little bit lost", "kind of overwhelmed": a softener inside a sentence that names their feeling or its
     * impact qualifies the feeling, it does not undermine the speaker.
     */
    private boolean softensAFeeling(Hit hit) {
        return hit.category() == FindingCategory.HEDGING
                && found.stream()
                        .anyMatch(f -> f.sentence() == hit.sentence()
                                && (f.move() == Move.EMPATHISE || f.move() == Move.ACKNOWLEDGE));
    }

    /**
     * Policy language is policy-first only when nothing understanding came before it, and when it is not part
     * of an honest limit that says what can be done instead ("under the current policy I can't, but I can...").
     */
    private void flagPolicyFirst() {
        if (context.acknowledgedBefore()) {
            return;
        }
        for (Hit hit : hits) {
            if (hit.category() != POLICY_FIRST) {
                continue;
            }
            boolean understoodFirst = found.stream()
                    .anyMatch(f -> UNDERSTANDING.contains(f.move())
                            && !f.fromStock()
                            && f.span().start() < hit.evidence().start());
            boolean withAWayForward =
                    flags.stream().anyMatch(f -> f.category() == CLEAR_LIMIT && contains(f.span(), hit.evidence()));
            if (!understoodFirst && !withAWayForward) {
                flags.add(new Flag(
                        POLICY_FIRST,
                        hit.evidence(),
                        quote(hit.evidence()),
                        hit.phrase().alternative()));
            }
        }
    }

    /** A stock empathy line is canned when it was said before, or when nothing specific surrounds it. */
    private void flagCannedEmpathy() {
        List<Hit> stock = hits.stream().filter(Hit::isStock).toList();
        if (stock.isEmpty()) {
            return;
        }
        List<Span> covered = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.isStock() || (hit.phrase().flags() && hit.category().isProblem())) {
                covered.add(hit.evidence());
            }
        }
        boolean substance = found.stream()
                .anyMatch(f -> SUBSTANCE.contains(f.move())
                        && !f.fromStock()
                        && covered.stream().noneMatch(c -> contains(c, f.span())));
        boolean wordy = contentWordsOutside(covered) >= 4;
        List<String> earlier = context.earlierLearnerTurns().stream()
                .map(t -> PhraseBook.normalize(t.text().substring(0, readableLength(t.text()))))
                .toList();
        for (Hit hit : stock) {
            boolean repeated = earlier.stream()
                    .anyMatch(e -> hit.phrase().pattern().matcher(e).find());
            if (repeated || !(substance || wordy)) {
                flags.add(new Flag(
                        CANNED_EMPATHY,
                        hit.evidence(),
                        quote(hit.evidence()),
                        hit.phrase().alternative()));
            }
        }
    }

    /** Two apologies in one turn, or one more after two earlier turns that apologised, is too many. */
    private void flagOverApology() {
        List<Span> apologies = found.stream()
                .filter(f -> f.move() == Move.APOLOGISE)
                .map(Found::span)
                .toList();
        if (apologies.isEmpty()) {
            return;
        }
        long earlier = context.earlierLearnerTurns().stream()
                .filter(t -> t.has(Move.APOLOGISE))
                .count();
        Span span;
        if (apologies.size() >= 2) {
            Span first = apologies.getFirst();
            Span last = apologies.getLast();
            span = last.end() - first.start() <= APOLOGY_QUOTE_CHARS ? new Span(first.start(), last.end()) : last;
        } else if (earlier >= 2) {
            span = apologies.getFirst();
        } else {
            return;
        }
        flags.add(new Flag(
                OVER_APOLOGY,
                span,
                quote(span),
                "Apologise once, for something specific, then move to action: \"I'm sorry this held you up. Here's what I'll"
                        + " do now.\""));
    }

    /** A long justification, or one with many reasons, sounds defensive. */
    private void flagOverExplaining() {
        Matcher reasons = PhraseBook.justification().matcher(norm);
        int count = 0;
        Span longest = null;
        int words = 0;
        for (Span sentence : sentences) {
            reasons.region(sentence.start(), sentence.end());
            boolean justifies = false;
            while (reasons.find()) {
                count++;
                justifies = true;
            }
            if (justifies && (longest == null || length(sentence) > length(longest))) {
                longest = sentence;
            }
            if (!Sentences.isQuestion(norm, sentence)) {
                words += wordCount(sentence);
            }
        }
        boolean explains = longest != null || found.stream().anyMatch(f -> f.move() == Move.EXPLAIN);
        boolean movesOn = found.stream()
                .anyMatch(f -> f.move().isQuestion() || f.move() == Move.NEXT_STEP || f.move() == Move.CLOSING_CHECK);
        if (count < JUSTIFICATIONS && !(words > EXPLANATION_WORDS && explains && !movesOn)) {
            return;
        }
        Span evidence = longest != null ? longest : longestExplainingSentence();
        found.add(new Found(Move.OVER_EXPLAIN, evidence, sentences.indexOf(evidence), null));
        flags.add(new Flag(
                OVER_EXPLAINING,
                evidence,
                quote(evidence),
                "Give the one reason that matters, then the next step: \"The part is back-ordered until Friday. I'll call you"
                        + " the day it ships.\""));
    }

    private Span longestExplainingSentence() {
        Span longest = sentences.getFirst();
        for (Found f : found) {
            if (f.move() == Move.EXPLAIN && length(f.span()) > length(longest)) {
                longest = f.span();
            }
        }
        return longest;
    }

    /** Strengths that follow from the moves themselves, once the moves are settled. */
    private void flagStrengthsOfMoves() {
        Set<Integer> hostile = new HashSet<>();
        for (Hit hit : hits) {
            if (hit.phrase().flags() && HOSTILE.contains(hit.category())) {
                hostile.add(hit.sentence());
            }
        }
        sympathies.forEach(span -> strength(FindingCategory.EMPATHY, span));
        Pattern time = PhraseBook.timeExpression();
        for (Found f : found) {
            switch (f.move()) {
                case PARAPHRASE -> strength(FindingCategory.PARAPHRASE, f.span());
                case OPEN_QUESTION -> {
                    if (!hostile.contains(f.sentence())) {
                        strength(FindingCategory.OPEN_QUESTION, f.span());
                    }
                }
                case CLOSING_CHECK -> strength(FindingCategory.CLOSING_CHECK, f.span());
                case NEXT_STEP -> {
                    Span sentence = sentences.get(f.sentence());
                    Matcher m = time.matcher(norm).region(sentence.start(), sentence.end());
                    if (m.find()) {
                        strength(NEXT_STEP, f.span());
                    }
                }
                default -> {
                    // Other moves carry their strength on the phrase, or have none.
                }
            }
        }
    }

    /** "I can't X" followed, in that sentence or the next, by what they can do instead is an honest limit. */
    private void flagClearLimits() {
        for (Hit hit : hits) {
            if (hit.category() != CLEAR_LIMIT) {
                continue;
            }
            found.stream()
                    .filter(f -> (f.move() == Move.OFFER_OPTION || f.move() == Move.NEXT_STEP)
                            && f.span().start() >= hit.match().end()
                            && f.sentence() <= hit.sentence() + 1)
                    .findFirst()
                    .ifPresent(f -> strength(
                            CLEAR_LIMIT,
                            new Span(
                                    hit.evidence().start(),
                                    sentences.get(f.sentence()).end())));
        }
    }

    private void strength(FindingCategory category, Span span) {
        flags.add(new Flag(category, span, quote(span), ""));
    }

    /**
     * Keeps one flag per habit and place: overlapping flags of one category merge into the longest, and a
     * problem inside a longer, more specific problem ("I guess" inside "I guess I could stay") gives way.
     */
    private void settleFlags() {
        flags.sort(Comparator.comparingInt((Flag f) -> -length(f.span())).thenComparing(Flag::category));
        List<Flag> kept = new ArrayList<>();
        for (Flag f : flags) {
            boolean redundant = kept.stream()
                    .anyMatch(k -> (k.category() == f.category() && overlaps(k.span(), f.span()))
                            || (k.category().isProblem()
                                    && f.category().isProblem()
                                    && contains(k.span(), f.span())
                                    && !k.span().equals(f.span())));
            if (!redundant) {
                kept.add(f);
            }
        }
        flags.clear();
        flags.addAll(kept);
    }

    // ---------------------------------------------------------------- result and text helpers

    private UtteranceAnalysis result() {
        List<MoveEvidence> moves = found.stream()
                .sorted(Comparator.comparingInt((Found f) -> f.span().start()).thenComparing(Found::move))
                .map(f -> new MoveEvidence(f.move(), f.span(), quote(f.span())))
                .toList();
        List<Flag> sorted = flags.stream()
                .sorted(Comparator.comparingInt((Flag f) -> f.span().start()).thenComparing(Flag::category))
                .toList();
        return new UtteranceAnalysis(text, moves, sorted);
    }

    private String quote(Span span) {
        return span.of(text);
    }

    private int wordCount(Span span) {
        Matcher m = WORD.matcher(norm).region(span.start(), span.end());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private int contentWordsOutside(List<Span> covered) {
        int n = 0;
        for (Span sentence : sentences) {
            Matcher m = WORD.matcher(norm).region(sentence.start(), sentence.end());
            while (m.find()) {
                Span word = new Span(m.start(), m.end());
                if (isContent(m.group()) && covered.stream().noneMatch(c -> overlaps(c, word))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Set<String> contentWords(String normalized, int start, int end) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(normalized).region(start, end);
        while (m.find()) {
            if (isContent(m.group())) {
                words.add(stem(m.group()));
            }
        }
        return words;
    }

    private static boolean isContent(String word) {
        return word.length() > 2 && !STOP_WORDS.contains(word);
    }

    /** Folds the common inflections so "charged" meets "charge" and "orders" meets "order". */
    private static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        for (String suffix : List.of("ing", "ed", "es", "s", "e")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static int length(Span span) {
        return span.end() - span.start();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
