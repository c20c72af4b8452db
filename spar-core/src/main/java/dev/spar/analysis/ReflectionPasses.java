package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.ReadingWords.CHECK_WORDS;
import static dev.spar.analysis.ReadingWords.COMPLETION_MAX_WORDS;
import static dev.spar.analysis.ReadingWords.COMPLETION_MIN_WORDS;
import static dev.spar.analysis.ReadingWords.DEFERRING;
import static dev.spar.analysis.ReadingWords.DIRECTIVE;
import static dev.spar.analysis.ReadingWords.FUTURE;
import static dev.spar.analysis.ReadingWords.HOSTILE;
import static dev.spar.analysis.ReadingWords.MIN_REFLECTION_WORDS;
import static dev.spar.analysis.ReadingWords.NOT_A_REFLECTION;
import static dev.spar.analysis.ReadingWords.NOT_THEIR_THOUGHT;
import static dev.spar.analysis.ReadingWords.OUR_PLAN;
import static dev.spar.analysis.ReadingWords.OWN_CLAUSE;
import static dev.spar.analysis.ReadingWords.REFLECTIVE_OPENER;
import static dev.spar.analysis.ReadingWords.STORY_WORDS;
import static dev.spar.analysis.ReadingWords.WORD;

import dev.spar.analysis.Reading.Found;
import dev.spar.analysis.Reading.Hit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passes that decide what says their words back and what asks: tagged summaries, reflections,
 * finished thoughts, judgemental summaries, and the kind of each question. They read and change the state of one {@link Reading}.
 */
final class ReflectionPasses {
    private final Reading r;

    ReflectionPasses(Reading reading) {
        this.r = reading;
    }

    /** A statement followed by a bare "Is that right?" is a summary offered for correction. */
    void findTaggedSummaries() {
        Matcher tag = PhraseBook.confirmationTag().matcher(r.norm);
        for (int s = 1; s < r.sentences.size(); s++) {
            Span sentence = r.sentences.get(s);
            tag.region(sentence.start(), sentence.end());
            Span previous = r.sentences.get(s - 1);
            if (tag.find() && !Sentences.isQuestion(r.norm, previous)) {
                r.found.add(new Found(Move.PARAPHRASE, new Span(previous.start(), sentence.end()), s, null));
            }
        }
    }

    /**
     * A statement about them that says back what they said or seem to mean is a reflection: it opens like one
     * ("it sounds like", "so you..."), has them as its subject, or reuses their own content words; and it does
     * something else than tell them what to do, promise, ask for details or talk about the speaker. After a
     * question of theirs, reusing their words in a plain statement that is neither about them nor the speaker is
     * the answer, not a reflection.
     */
    void findReflections() {
        Set<String> theirs = r.context.counterpartLastLine().isBlank()
                ? Set.of()
                : Reading.contentWords(r.counterpart(), 0, r.counterpart().length());
        boolean theyAsked = r.counterpart().strip().endsWith("?");
        for (int s = 0; s < r.sentences.size(); s++) {
            int index = s;
            Shape shape = r.shapes.get(s);
            Span sentence = r.sentences.get(s);
            if (!(shape.form() == Shape.Form.STATEMENT || shape.form() == Shape.Form.DECLARATIVE_QUESTION)
                    || (shape.words().size() - shape.body() < MIN_REFLECTION_WORDS && !echoesWord(sentence, theirs))
                    || r.found.stream()
                            .anyMatch(f -> f.sentence() == index
                                    && (f.move() == Move.PARAPHRASE || NOT_A_REFLECTION.contains(f.move())))
                    || r.hits.stream()
                            .anyMatch(h ->
                                    h.sentence() == index && h.phrase().flags() && HOSTILE.contains(h.category()))) {
                continue;
            }
            Matcher opener = REFLECTIVE_OPENER.matcher(r.norm).region(shape.bodyStart(), sentence.end());
            Matcher directive = DIRECTIVE.matcher(r.norm).region(sentence.start(), sentence.end());
            boolean directs = false;
            while (!directs && directive.find()) {
                directs = !r.reported(sentence, directive.start());
            }
            boolean opens = opener.lookingAt();
            Shape question = questionIn(shape);
            boolean asksForTheStory = question.asks() && question.isOpen(r.norm);
            boolean asksItsOwnQuestion = question != shape
                    && (question.form() == Shape.Form.YES_NO_QUESTION || question.form() == Shape.Form.WH_QUESTION)
                    && question.words().size() - question.body() > CHECK_WORDS;
            if (directs
                    || (shape.aboutSelf() && !opens)
                    || asksForTheStory
                    || asksItsOwnQuestion
                    || OUR_PLAN.matcher(r.norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                continue;
            }
            Set<String> ours = Reading.contentWords(r.norm, sentence.start(), sentence.end());
            long shared = ours.stream().filter(theirs::contains).count();
            // Their words in a plain statement about the thing they asked about ("It does work offline") answer
            // them; it says nothing back about them or about the speaker.
            boolean answers = theyAsked
                    && shape.form() == Shape.Form.STATEMENT
                    && shape.secondPersonWords() == 0
                    && shape.words().stream().noneMatch(w -> Shape.isFirstPerson(w.text()));
            boolean echoes = !answers && (shared >= 2 || (shared >= 1 && ours.size() <= 3));
            // "only if you want" asks leave; the "you" in it says nothing back about them.
            int deferring = deferringYous(sentence, shape);
            boolean aboutThem = shape.aboutThem() && !shape.word(shape.body()).equals("your") && deferring == 0;
            boolean summaryLead = shape.soLead()
                    && (shape.secondPersonWords() > 0
                            || shared >= 1
                            || shape.form() == Shape.Form.DECLARATIVE_QUESTION);
            boolean explains = r.found.stream().anyMatch(f -> f.sentence() == index && f.move() == Move.EXPLAIN);
            boolean tellsWhatWillHappen = FUTURE.matcher(r.norm)
                    .region(sentence.start(), sentence.end())
                    .find();
            boolean theirStory = shape.secondPersonWords() - deferring >= 1
                    && shape.words().size() - shape.body() >= STORY_WORDS
                    && !tellsWhatWillHappen
                    && (shared >= 1 || !explains);
            if (opens || aboutThem || summaryLead || (echoes && !tellsWhatWillHappen) || theirStory) {
                r.found.add(new Found(Move.PARAPHRASE, sentence, s, null));
            }
        }
    }

    /** Returns how many words addressing them a sentence says only to defer to their wishes. */
    private int deferringYous(Span sentence, Shape shape) {
        Matcher m = DEFERRING.matcher(r.norm).region(sentence.start(), sentence.end());
        int yous = 0;
        while (m.find()) {
            for (Shape.Word word : shape.words()) {
                if (word.span().start() >= m.start()
                        && word.span().end() <= m.end()
                        && Shape.isSecondPerson(word.text())) {
                    yous++;
                }
            }
        }
        return yous;
    }

    /**
     * "Really quite a rough night." after they trail off: a short statement that does nothing else (it neither
     * asks, tells, advises nor speaks of the speaker) finishes their thought, which is a reflection. Not after
     * a question of theirs: then it is the answer; and not when it only says "uh-huh, yeah": that is listening.
     */
    void findCompletions() {
        if (!r.found.isEmpty()
                || r.context.counterpartLastLine().isBlank()
                || r.counterpart().indexOf('?') >= 0
                || r.norm.indexOf('?') >= 0) {
            return;
        }
        int words = 0;
        Matcher m = WORD.matcher(r.norm);
        while (m.find()) {
            words++;
        }
        if (words < COMPLETION_MIN_WORDS
                || words > COMPLETION_MAX_WORDS
                || NOT_THEIR_THOUGHT.matcher(r.norm).find()
                || OWN_CLAUSE.matcher(r.norm).find()
                || r.shapes.stream().allMatch(shape -> shape.form() == Shape.Form.BACKCHANNEL)
                || Reading.contentWords(r.norm, 0, r.norm.length()).isEmpty()
                || TALK_ABOUT_THE_TALK.matcher(r.norm).find()) {
            return;
        }
        Span whole =
                new Span(r.sentences.getFirst().start(), r.sentences.getLast().end());
        r.found.add(new Found(Move.PARAPHRASE, whole, 0, null));
    }

    /**
     * A short line about the talk itself ("One more line after.", "Just one last question."), which finishes
     * nothing of theirs. Other short lines may be the rest of their thought in other words ("Like there's no way
     * out."): counting words they share cost AnnoMI's reflections 0.74 to 0.70 recall.
     */
    private static final Pattern TALK_ABOUT_THE_TALK = Pattern.compile(
            "^(?:(?:ok|okay|so|and|right|oh),?\\s+)?(?:just |and )?(?:one|a|another|two|a couple of) (?:more|last|final|other"
                    + "|quick) (?:line|thing|question|point|message|bit|note|sec|second)s?\\b");

    /**
     * "Five." after "Five, maybe six": a word or two of theirs said back, the shortest reflection there is. Said
     * as a question ("Five?") it asks them to go on rather than tells them they were heard.
     */
    boolean echoesWord(Span sentence, Set<String> theirs) {
        if (Sentences.isQuestion(r.norm, sentence)) {
            return false;
        }
        Set<String> ours = Reading.contentWords(r.norm, sentence.start(), sentence.end());
        return !ours.isEmpty() && theirs.containsAll(ours);
    }

    /**
     * "So you're angry because..." has the shape of a summary but judges them, and "it sounds like you waited
     * weeks before telling anyone" puts their failing on them: neither is a neutral one.
     */
    void dropJudgementalSummaries() {
        Set<Integer> judged = new HashSet<>();
        for (Hit hit : r.hits) {
            if (hit.category() == JUDGEMENTAL_FRAMING
                    || (hit.category() == BLAME && hit.phrase().flags())) {
                judged.add(hit.sentence());
            }
        }
        r.found.removeIf(f -> f.move() == Move.PARAPHRASE && judged.contains(f.sentence()));
    }

    /**
     * Keeps one reading per question. A verification or closing check is not also an open or closed question;
     * an invitation to tell the story is open; any other sentence that asks, by its shape, is open or closed by
     * its first words (see {@link Shape#isOpen}); a reply that only says "yeah?" or "right?" asks nothing.
     */
    void settleQuestions() {
        for (int s = 0; s < r.sentences.size(); s++) {
            int index = s;
            Shape shape = r.shapes.get(s);
            if (shape.form() == Shape.Form.BACKCHANNEL) {
                r.found.removeIf(f -> f.sentence() == index && f.move().isQuestion() && f.move() != Move.VERIFY);
                continue;
            }
            List<Found> here =
                    r.found.stream().filter(f -> f.sentence() == index).toList();
            boolean claimed = here.stream()
                    .anyMatch(f -> f.move() == Move.VERIFY
                            || f.move() == Move.CLOSING_CHECK
                            || f.move() == Move.OPEN_QUESTION);
            if (claimed) {
                r.found.removeIf(f -> f.sentence() == index && f.move() == Move.CLOSED_QUESTION);
            }
            List<Span> specific = here.stream()
                    .filter(f -> f.move() == Move.VERIFY || f.move() == Move.CLOSING_CHECK)
                    .map(Found::span)
                    .toList();
            r.found.removeIf(f -> f.sentence() == index
                    && f.move() == Move.OPEN_QUESTION
                    && specific.stream()
                            .anyMatch(span -> span.start() == f.span().start()));
            boolean asked = r.found.stream()
                    .anyMatch(f -> f.sentence() == index && (f.move().isQuestion() || f.move() == Move.CLOSING_CHECK));
            if (!asked) {
                Shape question = questionIn(shape);
                if (question.asks()) {
                    Move move = question.isOpen(r.norm) ? Move.OPEN_QUESTION : Move.CLOSED_QUESTION;
                    r.found.add(new Found(
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
    Shape questionIn(Shape shape) {
        if (!Sentences.isQuestion(r.norm, shape.sentence())) {
            return shape.asks() ? shape : shape.lastInvitingClause(r.norm).orElse(shape);
        }
        return shape.lastAskingClause(r.norm).orElse(shape);
    }
}
