package dev.spar.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The characters a phrase can begin with, found without changing what any phrase matches. */
class FirstCharsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "probably|most likely|i'd guess; pmi; xsa",
                "(?:sorry|apologies)(?: for)?; sa; fxi",
                "(?<!no )prob(?= [a-z])|chances are; pc; na",
                "(?:really |so )?sorry; rs; xy",
                "[$£]\\d+|\\d+ pounds; $£07; p",
                "\\s*(?:ok|well),? sure; ow \t; s"
            })
    void admitsWhatAMatchCanBeginWithAndNothingElse(String regex, String begins, String never) {
        Pattern guarded = Pattern.compile(FirstChars.lookahead(regex).orElseThrow());
        for (char c : begins.strip().replace("\\t", "\t").toCharArray()) {
            assertThat(guarded.matcher(String.valueOf(c)).lookingAt())
                    .as(regex + " may begin with '" + c + "'")
                    .isTrue();
        }
        for (char c : never.strip().toCharArray()) {
            assertThat(guarded.matcher(String.valueOf(c)).lookingAt())
                    .as(regex + " never begins with '" + c + "'")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".*sorry", "[^a-z]+no", "(?i)sorry", "\\p{L}+", "(?:maybe)?", "\\S+ sorry"})
    void givesNoAnswerWhereAnyCharacterCouldBegin(String regex) {
        assertThat(FirstChars.lookahead(regex)).isEmpty();
    }

    @Test
    void everyPhraseFindsTheSameWithAndWithoutItsLookahead() {
        List<String> lines = List.of(
                "I'm probably going to need the order number, sorry.",
                "ok so i'd guess it's the courier's fault tbh, they're a nightmare",
                "You should have ordered earlier if it was that important!",
                "That's not fair on me, I'm doing my best here. Can I finish?",
                "I hear you, and I'm sorry. I'll refund the $18 today and call you by 3pm.",
                "Whatever you think is fair, I trust you. No. It's at the depot on Mill Street.",
                "calm down sweetie, it's budgeting 101 really, have you tried turning it off and on again?");
        int compared = 0;
        for (Phrase phrase : PhraseBook.standard().phrases()) {
            String source = phrase.pattern().pattern();
            String without = source.replaceFirst("^\\(\\?<!\\\\w\\)\\(\\?=\\[(?:\\\\.|[^\\]])*\\]\\)", "(?<!\\\\w)");
            if (without.equals(source)) {
                continue;
            }
            compared++;
            Pattern plain = Pattern.compile(without);
            for (String line : lines) {
                String norm = PhraseBook.normalize(line);
                assertThat(matches(phrase.pattern(), norm))
                        .as(phrase.id() + " on " + line)
                        .isEqualTo(matches(plain, norm));
            }
        }
        assertThat(compared).isGreaterThan(150);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
