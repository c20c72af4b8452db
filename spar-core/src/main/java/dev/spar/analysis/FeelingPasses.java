package dev.spar.analysis;

import static dev.spar.analysis.ReadingWords.ASIDE;
import static dev.spar.analysis.ReadingWords.CLAUSE_END;
import static dev.spar.analysis.ReadingWords.DIRECTIVE;
import static dev.spar.analysis.ReadingWords.FEELING_AS_CLAIM;
import static dev.spar.analysis.ReadingWords.GENERAL;
import static dev.spar.analysis.ReadingWords.GENERAL_OPENING;
import static dev.spar.analysis.ReadingWords.HARDSHIP;
import static dev.spar.analysis.ReadingWords.HOW_HARD_IT_IS;
import static dev.spar.analysis.ReadingWords.MIN_GENERAL_WORDS;
import static dev.spar.analysis.ReadingWords.MIN_STORY_WORDS;
import static dev.spar.analysis.ReadingWords.NAMED_FEELING;
import static dev.spar.analysis.ReadingWords.NOT_A_FEELING;
import static dev.spar.analysis.ReadingWords.NOT_A_STORY;
import static dev.spar.analysis.ReadingWords.OWN;
import static dev.spar.analysis.ReadingWords.OWNED_APOLOGY;
import static dev.spar.analysis.ReadingWords.OWN_LIFE;
import static dev.spar.analysis.ReadingWords.VIEW_CLAUSE;
import static dev.spar.analysis.ReadingWords.WORD;

import dev.spar.analysis.Reading.Found;
import dev.spar.analysis.Reading.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The passes that decide whose life and feeling a sentence is about: the speaker's own story and
 * hardship, general statements, feelings named of them, sympathy. They read and change the state of one {@link Reading}.
 */
final class FeelingPasses {
    private final Reading r;

    FeelingPasses(Reading reading) {
        this.r = reading;
    }

    /**
     * A statement about the speaker's own life, with nothing about them in it, shares an experience: "I lost my
     * job last spring and it took months", "My sister went through the same". What the speaker thinks, feels
     * towards them, will do or has just done for them ("I think...", "I'm sorry...", "I'll call...", "I've
     * refunded it") is not a story of their own, nor is a reply such as "I'm fine".
     */
    void findOwnExperiences() {
        for (int s = 0; s < r.sentences.size(); s++) {
            int index = s;
            Shape shape = r.shapes.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.words().size() - shape.body() < MIN_STORY_WORDS
                    || OwnExperience.addressesThem(shape)
                    || !OwnExperience.opens(shape)
                    || r.found.stream().anyMatch(f -> f.sentence() == index && NOT_A_STORY.contains(f.move()))) {
                continue;
            }
            r.found.add(new Found(Move.SELF_DISCLOSE, r.sentences.get(s), s, null));
        }
    }

    /**
     * A statement about people or the world in general, with neither speaker nor listener in it, gives
     * information: "Many people feel this way after a move", "Sleep problems are common with stress".
     */
    void findGeneralisations() {
        for (int s = 0; s < r.sentences.size(); s++) {
            int index = s;
            Shape shape = r.shapes.get(s);
            Span sentence = r.sentences.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.words().size() - shape.body() < MIN_GENERAL_WORDS
                    || shape.words().stream().anyMatch(w -> Shape.isFirstPerson(w.text()))
                    || r.found.stream().anyMatch(f -> f.sentence() == index && f.move() == Move.EXPLAIN)) {
                continue;
            }
            boolean impersonal = shape.secondPersonWords() == 0
                    && GENERAL.matcher(r.norm)
                            .region(sentence.start(), sentence.end())
                            .find();
            boolean opensGenerally = GENERAL_OPENING
                    .matcher(r.norm)
                    .region(shape.bodyStart(), sentence.end())
                    .lookingAt();
            if (!impersonal && !opensGenerally) {
                continue;
            }
            r.found.add(new Found(Move.EXPLAIN, sentence, s, null));
        }
    }

    /**
     * A statement that names how hard it is for them or what they feel, beyond the set phrases, is empathy:
     * "Being the only one awake at night with a baby is exhausting for you", "That is a scary thing to face".
     * Not when the sentence asks, tells them what to do, or does something else with the feeling.
     */
    void findNamedFeelings() {
        for (int s = 0; s < r.sentences.size(); s++) {
            int index = s;
            Shape shape = r.shapes.get(s);
            Span sentence = r.sentences.get(s);
            if (shape.form() != Shape.Form.STATEMENT
                    || shape.soLead()
                    || r.found.stream().anyMatch(f -> f.sentence() == index && NOT_A_FEELING.contains(f.move()))
                    || DIRECTIVE
                            .matcher(r.norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                continue;
            }
            Matcher feeling = NAMED_FEELING.matcher(r.norm).region(sentence.start(), sentence.end());
            boolean named = shape.secondPersonWords() > 0
                    && !FEELING_AS_CLAIM
                            .matcher(r.norm)
                            .region(sentence.start(), sentence.end())
                            .find()
                    && feeling.find()
                    && !inView(feeling.start(), sentence);
            if (named
                    || HOW_HARD_IT_IS
                            .matcher(r.norm)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                r.found.add(new Found(Move.EMPATHISE, sentence, s, null));
            }
        }
    }

    /** Returns whether the clause around a feeling at this position forecasts or gives a view of what should be. */
    boolean inView(int at, Span sentence) {
        int clauseStart = sentence.start();
        Matcher cut = CLAUSE_END.matcher(r.norm).region(sentence.start(), at);
        while (cut.find()) {
            clauseStart = cut.end();
        }
        Matcher next = CLAUSE_END.matcher(r.norm).region(at, sentence.end());
        int clauseEnd = next.find() ? next.start() : sentence.end();
        return VIEW_CLAUSE.matcher(r.norm).region(clauseStart, clauseEnd).find();
    }

    /**
     * "It's hard", "that sucks": how hard something is, which is a reaction to them only when it is about their
     * situation. Not when the words are the speaker's own ("it's hard for me to trust anyone") or follow a story of the speaker's own ("I
     * failed the exam again. It sucks."), unless the sentence turns to them.
     */
    void dropOwnHardships() {
        r.found.removeIf(f -> {
            boolean own = (f.move() == Move.EMPATHISE || f.move() == Move.ACKNOWLEDGE) && ownHardship(f);
            if (own) {
                r.notForThem.add(f.span());
            }
            return own;
        });
    }

    boolean ownHardship(Found f) {
        Shape shape = r.shapes.get(f.sentence());
        if (OwnExperience.addressesThem(shape)) {
            return false;
        }
        Matcher m = HARDSHIP.matcher(r.norm).region(f.span().start(), f.span().end());
        if (!m.find()) {
            return false;
        }
        Span sentence = r.sentences.get(f.sentence());
        int end = r.clauseEnd(m.end(), sentence.end());
        return hasOwnWord(r.norm.substring(m.start(), end), OWN)
                || tellsOwnStory(f.sentence())
                || (f.sentence() > 0 && tellsOwnStory(f.sentence() - 1))
                || (m.group(1).startsWith("it") && f.sentence() > 0 && speaksOfSelfOnly(f.sentence() - 1));
    }

    /**
     * Returns whether a sentence tells of the speaker and not of them: "I've had two jobs this year.", "All week
     * at my desk.", not "I understand." nor "I see."
     */
    boolean speaksOfSelfOnly(int sentence) {
        Shape shape = r.shapes.get(sentence);
        Span span = r.sentences.get(sentence);
        return shape.secondPersonWords() == 0
                && (OwnExperience.opens(shape) || hasOwnWord(r.norm.substring(span.start(), span.end()), OWN_LIFE));
    }

    boolean tellsOwnStory(int sentence) {
        return r.found.stream().anyMatch(o -> o.sentence() == sentence && o.move() == Move.SELF_DISCLOSE);
    }

    /**
     * "Taking my life one day at a time", "I'm sure I come across as awkward": words of reassurance in a clause
     * about the speaker's own life reassure the speaker, not them. Only the words around the set phrase count,
     * so "I'm proud of you" stays an affirmation.
     */
    void dropOwnReassurances() {
        r.found.removeIf(f -> f.move() == Move.AFFIRM && f.source() != null && saysOwn(f.source()));
    }

    boolean saysOwn(Hit hit) {
        Span sentence = r.sentences.get(hit.sentence());
        int start = r.clauseStart(hit.match().start(), sentence.start());
        int end = r.clauseEnd(hit.match().end(), sentence.end());
        if (addressesThem(start, end)) {
            return false;
        }
        return hasOwnWord(r.norm.substring(start, hit.match().start()), OWN_LIFE)
                || hasOwnWord(r.norm.substring(hit.match().end(), end), OWN);
    }

    boolean addressesThem(int from, int to) {
        Matcher word = WORD.matcher(r.norm).region(from, to);
        while (word.find()) {
            if (Shape.isSecondPerson(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether words, asides left out, hold one of the speaker's own. */
    static boolean hasOwnWord(String words, Set<String> own) {
        Matcher word = WORD.matcher(ASIDE.matcher(words).replaceAll(" "));
        while (word.find()) {
            if (own.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I'm so sorry, that sounds exhausting": a bare "sorry" beside (or just before) words for how hard it is for them is sorrow
     * for them, not an apology for a fault, so it is empathy as well. Not "sorry for the delay" or "sorry, I
     * missed that", which own something.
     */
    void findSympathy() {
        List<Found> sorrow = new ArrayList<>();
        for (Found f : r.found) {
            int index = f.sentence();
            boolean bareSorry = f.move() == Move.APOLOGISE
                    && f.source() != null
                    && f.source().phrase().id().equals("apologise.sorry")
                    && !OWNED_APOLOGY
                            .matcher(r.norm)
                            .region(f.span().end(), r.sentences.get(index).end())
                            .lookingAt();
            boolean felt = r.found.stream()
                    .anyMatch(o -> (o.sentence() == index || o.sentence() == index + 1)
                            && (o.move() == Move.ACKNOWLEDGE || o.move() == Move.EMPATHISE)
                            && !Reading.overlaps(o.span(), f.span()));
            if (bareSorry && felt) {
                sorrow.add(new Found(Move.EMPATHISE, f.span(), index, null));
                r.sympathies.add(f.span());
            }
        }
        r.found.addAll(sorrow);
    }
}
