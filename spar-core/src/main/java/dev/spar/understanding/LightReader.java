package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jokes and tangents. A joke is laughter, a quip ("haha", "at least it's not raining") or making light of their
 * trouble ("the car's getting a nice rest"); a tangent is small talk or a turn away from the matter ("did you
 * catch the football last night?"), unless the scenario itself is about that subject (a delayed flight and the
 * weather) or the sentence names one of its topics, and a pleasantry about their day that is all a reply says.
 */
final class LightReader implements FamilyReader {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");

    @Override
    public void read(Passage passage, List<Act> out) {
        List<Act> jokes = new java.util.ArrayList<>();
        Wording.readPhrases(passage, ActKind.JOKE, LightWords.JOKE, Wording.NO_VETO, jokes);
        for (Act joke : jokes) {
            // Laughing at them while mocking them ("ha, and I'll build you a rocket while I'm at it") is the
            // mockery's, not a joke of its own.
            if (!Wording.overlaps(out, ActKind.MOCK, sentenceOf(passage, joke))) {
                out.add(joke);
            }
        }
        readMakingLight(passage, out);
        readPleasantryAlone(passage, out);
        for (Span sentence : passage.sentences()) {
            String words = Wording.words(passage, sentence);
            for (Pattern pattern : LightWords.PERSONAL) {
                Matcher m = pattern.matcher(words);
                if (m.find()) {
                    add(passage, sentence, m.group(), out);
                }
            }
            if (LightWords.ECHO_ADMIRE.matcher(words).find() && asksAfter(passage, sentence)) {
                add(passage, sentence, "", out);
            }
            for (Pattern pattern : LightWords.OFF_TOPIC) {
                // "The outages were on us, and, speaking of November, how was Thanksgiving?": what follows the turn
                // is what it turns to; a marker tacked on at the end ("what's the new address, btw?") turns the
                // whole sentence.
                Matcher m = pattern.matcher(words);
                if (m.find() && passage.topics().namedIn(turnedTo(words, m)).isEmpty()) {
                    add(passage, sentence, "", out);
                }
            }
            for (Pattern pattern : LightWords.ASIDES) {
                Matcher m = pattern.matcher(words);
                if (m.find()
                        && !LightWords.REFUSED
                                .matcher(words.substring(0, m.start()))
                                .find()) {
                    // Its words are a kind of aside, not a subject to name back ("not here to talk about I'm moving").
                    add(passage, sentence, "", out);
                }
            }
            if (passage.topics().namedIn(words).isPresent()) {
                continue;
            }
            for (Pattern pattern : LightWords.SMALL_TALK) {
                Matcher m = pattern.matcher(words);
                if (m.find()
                        && !aboutTheScenario(passage, m.group())
                        && !LightWords.REFUSED
                                .matcher(words.substring(0, m.start()))
                                .find()) {
                    add(passage, sentence, m.group(), out);
                }
            }
        }
    }

    /** Making light of their trouble is a joke, unless it is part of mocking them. */
    private static void readMakingLight(Passage passage, List<Act> out) {
        List<Act> quips = new java.util.ArrayList<>();
        Wording.readPhrases(passage, ActKind.JOKE, LightWords.MAKING_LIGHT, Wording.NO_VETO, quips);
        for (Act quip : quips) {
            if (!Wording.overlaps(out, ActKind.MOCK, sentenceOf(passage, quip))
                    && !Wording.overlaps(out, ActKind.JOKE, quip.span())) {
                out.add(quip);
            }
        }
    }

    /**
     * A pleasantry about their day or health ("hope you're keeping well") that is all the line says, once they
     * have spoken, is small talk: it answers what they came with by changing the subject. Opening the
     * conversation with one is manners, and a line that goes on to the matter uses it as a courtesy.
     */
    private static void readPleasantryAlone(Passage passage, List<Act> out) {
        if (!passage.memory().heardFrom(passage.otherSide())) {
            return;
        }
        Span pleasantry = null;
        int otherWords = 0;
        for (Span sentence : passage.sentences()) {
            String words = Wording.words(passage, sentence);
            Matcher m = LightWords.PLEASANTRY.matcher(words);
            String rest = words;
            if (m.find()) {
                pleasantry = pleasantry == null ? sentence : pleasantry;
                rest = words.substring(0, m.start()) + " " + words.substring(m.end());
            }
            rest = LightWords.GREETING.matcher(rest.strip()).replaceFirst("");
            otherWords += (int) WORD.matcher(rest).results().count();
        }
        if (pleasantry != null && otherWords <= LightWords.PLEASANTRY_ONLY_WORDS) {
            add(passage, pleasantry, "", out);
        }
    }

    private static Span sentenceOf(Passage passage, Act act) {
        return passage.sentences().stream()
                .filter(s -> s.start() <= act.span().start() && act.span().end() <= s.end())
                .findFirst()
                .orElse(act.span());
    }

    /** Returns what a turn away from the matter turns to: what follows it, or the whole sentence it ends. */
    private static String turnedTo(String words, Matcher marker) {
        boolean trailing = !WORD.matcher(words.substring(marker.end())).find();
        return trailing ? words : words.substring(marker.start());
    }

    /** Returns whether this sentence or one after it asks something. */
    private static boolean asksAfter(Passage passage, Span sentence) {
        List<Span> sentences = passage.sentences();
        for (int i = sentences.indexOf(sentence); i >= 0 && i < sentences.size(); i++) {
            if (passage.asks(sentences.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the subject of a small-talk phrase is one of the scenario's own words. */
    private static boolean aboutTheScenario(Passage passage, String phrase) {
        return Topics.contentWords(phrase).stream().anyMatch(passage.topics()::inVocabulary);
    }

    private static void add(Passage passage, Span sentence, String detail, List<Act> out) {
        if (!Wording.overlaps(out, ActKind.TANGENT, sentence)) {
            out.add(Act.of(ActKind.TANGENT, passage.text(), sentence, Optional.empty(), detail));
        }
    }
}
