package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.ReadingWords.CLAUSE_BREAK;
import static dev.spar.analysis.ReadingWords.REPORTED;
import static dev.spar.analysis.ReadingWords.REPORTED_SPEECH;
import static dev.spar.analysis.ReadingWords.STOP_WORDS;
import static dev.spar.analysis.ReadingWords.WORD;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One utterance being read: finds the phrase hits sentence by sentence, then applies the rules that need
 * the whole utterance or the conversation so far (policy first, canned empathy, over-apology,
 * over-explaining, question types, strengths).
 */
final class Reading {

    /** Beyond this many characters an utterance is not read further, so cost stays bounded. */
    static final int MAX_CHARS = 5_000;

    /** A phrase match with the sentence it is in and the span that is its evidence. */
    record Hit(Phrase phrase, int sentence, Span match, Span evidence) {
        FindingCategory category() {
            return phrase.category();
        }

        boolean isStock() {
            return phrase.category() == CANNED_EMPATHY;
        }
    }

    /** A move found, with the hit that found it (null for moves the utterance-level rules found). */
    record Found(Move move, Span span, int sentence, Hit source) {
        boolean fromStock() {
            return source != null && source.isStock();
        }
    }

    final String text;
    final String norm;
    final AnalysisContext context;
    final List<Span> sentences;
    final List<Shape> shapes;
    final List<Hit> hits = new ArrayList<>();
    final List<Found> found = new ArrayList<>();
    final List<Flag> flags = new ArrayList<>();
    final List<Span> sympathies = new ArrayList<>();
    final List<Span> notForThem = new ArrayList<>();
    String normalizedCounterpart;

    final FeelingPasses feelings = new FeelingPasses(this);
    final ReflectionPasses reflections = new ReflectionPasses(this);
    final HabitPasses habits = new HabitPasses(this);

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
        reading.habits.findFlags();
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

    void scan(PhraseBook book) {
        // What the phrases find depends on the text alone, but for a guess that echoes the counterpart's last line.
        for (Hit hit : book.hitsIn(text, this::textHits)) {
            if (hit.category() == GUESSING && echoesCounterpart(hit.match(), sentences.get(hit.sentence()))) {
                continue;
            }
            hits.add(hit);
        }
    }

    /** Returns the phrase hits the text alone allows: every match not vetoed, quoted or reported speech. */
    private List<Hit> textHits(PhraseBook book) {
        List<Hit> found = new ArrayList<>();
        // A match lies inside its sentence, so a phrase is tried only on a sentence that holds the literals it needs.
        List<BitSet> literals =
                sentences.stream().map(s -> book.literalsIn(norm, s)).toList();
        List<Phrase> phrases = book.phrases();
        for (int p = 0; p < phrases.size(); p++) {
            Phrase phrase = phrases.get(p);
            Matcher m = null;
            Matcher before = null;
            Matcher after = null;
            for (int s = 0; s < sentences.size(); s++) {
                Span sentence = sentences.get(s);
                if (!book.mayMatch(p, literals.get(s))
                        || (phrase.needsQuestion() && !Sentences.isQuestion(norm, sentence))) {
                    continue;
                }
                if (m == null) {
                    m = phrase.pattern().matcher(norm);
                    before = phrase.unlessBefore() == null
                            ? null
                            : phrase.unlessBefore().matcher(norm);
                    after = phrase.unlessAfter() == null
                            ? null
                            : phrase.unlessAfter().matcher(norm);
                }
                m.region(sentence.start(), sentence.end());
                if (phrase.anchored()) {
                    // An anchored pattern can only match at the sentence start: one attempt, not one per character.
                    if (m.lookingAt()) {
                        consider(phrase, s, m, before, after, found);
                    }
                } else {
                    while (m.find()) {
                        consider(phrase, s, m, before, after, found);
                    }
                }
            }
        }
        return found;
    }

    /** Keeps a match as a hit unless a veto, quotation marks or reported speech rules it out. */
    void consider(Phrase phrase, int s, Matcher m, Matcher before, Matcher after, List<Hit> out) {
        Span sentence = sentences.get(s);
        if (m.end() == m.start() || vetoed(m, sentence, before, after)) {
            return;
        }
        Span match = quoteOf(m, phrase.quoteGroups());
        boolean problem = phrase.flags() && phrase.category().isProblem();
        if (isQuoted(match, sentence) || (problem && isReported(match, sentence))) {
            return;
        }
        out.add(new Hit(phrase, s, match, evidence(phrase.extent(), match, sentence)));
    }

    static boolean vetoed(Matcher m, Span sentence, Matcher before, Matcher after) {
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
    static Span quoteOf(Matcher m, List<String> quoteGroups) {
        for (String name : quoteGroups) {
            if (m.start(name) >= 0) {
                return new Span(m.start(name), m.end(name));
            }
        }
        return new Span(m.start(), m.end());
    }

    Span evidence(Phrase.Extent extent, Span match, Span sentence) {
        return switch (extent) {
            case PHRASE -> match;
            case CLAUSE -> trimmed(match.start(), clauseEnd(match.end(), sentence.end()));
            case REST -> new Span(match.start(), sentence.end());
            case SENTENCE -> sentence;
        };
    }

    int clauseEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (endsAClause(norm.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    static boolean endsAClause(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n';
    }

    Span trimmed(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        return new Span(start, e);
    }

    /** Returns whether the words sit inside quotation marks: the learner quotes them rather than says them. */
    boolean isQuoted(Span match, Span sentence) {
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
    boolean isReported(Span match, Span sentence) {
        Matcher m = REPORTED_SPEECH.matcher(norm);
        m.region(Math.max(sentence.start(), match.start() - 100), match.start());
        return m.find();
    }

    /** Returns whether a question picks up the counterpart's own guess ("you said probably, by when?"). */
    boolean echoesCounterpart(Span match, Span sentence) {
        if (!Sentences.isQuestion(norm, sentence)) {
            return false;
        }
        return counterpart().contains(norm.substring(match.start(), match.end()));
    }

    String counterpart() {
        if (normalizedCounterpart == null) {
            String line = context.counterpartLastLine();
            normalizedCounterpart = PhraseBook.normalize(line.substring(0, readableLength(line)));
        }
        return normalizedCounterpart;
    }

    // ---------------------------------------------------------------- moves

    void findMoves() {
        for (Hit hit : hits) {
            for (Move move : hit.phrase().moves()) {
                found.add(new Found(move, hit.evidence(), hit.sentence(), hit));
            }
        }
        reflections.findTaggedSummaries();
        found.removeIf(f -> f.move() == Move.HEDGE && f.source() != null && habits.softensAFeeling(f.source()));
        found.removeIf(f -> f.move() == Move.ADVISE
                && reported(sentences.get(f.sentence()), f.span().start()));
        feelings.findOwnExperiences();
        feelings.findGeneralisations();
        reflections.findReflections();
        feelings.findNamedFeelings();
        feelings.dropOwnHardships();
        feelings.dropOwnReassurances();
        feelings.findSympathy();
        reflections.dropJudgementalSummaries();
        reflections.settleQuestions();
        reflections.findCompletions();
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
    boolean reported(Span sentence, int at) {
        Matcher report = REPORTED.matcher(norm).region(sentence.start(), at);
        int end = -1;
        while (report.find()) {
            end = report.end();
        }
        return end >= 0 && !CLAUSE_BREAK.matcher(norm).region(end, at).find();
    }

    int clauseStart(int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (endsAClause(norm.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    // ---------------------------------------------------------------- flags

    // ---------------------------------------------------------------- result and text helpers

    UtteranceAnalysis result() {
        List<MoveEvidence> moves = found.stream()
                .sorted(Comparator.comparingInt((Found f) -> f.span().start()).thenComparing(Found::move))
                .map(f -> new MoveEvidence(f.move(), f.span(), quote(f.span())))
                .toList();
        List<Flag> sorted = flags.stream()
                .sorted(Comparator.comparingInt((Flag f) -> f.span().start()).thenComparing(Flag::category))
                .toList();
        return new UtteranceAnalysis(text, moves, sorted);
    }

    String quote(Span span) {
        return span.of(text);
    }

    int wordCount(Span span) {
        Matcher m = WORD.matcher(norm).region(span.start(), span.end());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    int contentWordsOutside(List<Span> covered) {
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

    static Set<String> contentWords(String normalized, int start, int end) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(normalized).region(start, end);
        while (m.find()) {
            if (isContent(m.group())) {
                words.add(stem(m.group()));
            }
        }
        return words;
    }

    static boolean isContent(String word) {
        return word.length() > 2 && !STOP_WORDS.contains(word);
    }

    /** Folds the common inflections so "charged" meets "charge" and "orders" meets "order". */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        for (String suffix : List.of("ing", "ed", "es", "s", "e")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    static int length(Span span) {
        return span.end() - span.start();
    }

    static boolean overlaps(Span a, Span b) {
        return a.overlaps(b);
    }

    static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
