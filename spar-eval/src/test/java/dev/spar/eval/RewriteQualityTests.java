package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RewriteQualityTests {
    @Test
    void namesAWordCutShortTheirSentencePastedInAndTheFlaggedWordsKept() {
        assertThat(RewriteQuality.flaws(
                        "Ugh sorry sorry sorry!! my colleague Dave messed up the label lol",
                        "Ugh sorry olleague Dave messed up the label lol",
                        List.of(),
                        List.of()))
                .containsExactly("cut word: olleague");
        assertThat(RewriteQuality.flaws(
                        "ok",
                        "So what I'm hearing is that good, then let's work out how to make it work. Is that right?",
                        List.of("So you're not sure. Good, then let's work out how to make it work."),
                        List.of()))
                .containsExactly("their words: Good, then let's work out how to make it work");
        assertThat(RewriteQuality.flaws(
                        "Refunds are only within 30 days, that's our policy.",
                        "I can see why you're asking. Refunds are only within 30 days, that's our policy.",
                        List.of(),
                        List.of("that's our policy")))
                .containsExactly("kept: that's our policy");
    }

    @Test
    void findsNothingInARewriteThatReadsWhole() {
        // Near misses: a word of the rewrite's own that ends like one of the line's ("here's", "there's"), and
        // their words said back in the learner's own.
        assertThat(RewriteQuality.flaws(
                        "Well there's nothing I can do, maybe it'll arrive Friday.",
                        "Here's exactly what I'm doing about Friday, and I need it for the wedding, so I will check.",
                        List.of("I need it for the wedding on Saturday."),
                        List.of("maybe it'll arrive")))
                .isEmpty();
        // A word the learner ran together, spelled apart in the rewrite: "infront" is "in front", not a cut word.
        assertThat(RewriteQuality.flaws(
                        "one thing, infront of Maya, in the middle of her bath.",
                        "What I'm asking is for you to not comment on bedtime in front of Maya.",
                        List.of(),
                        List.of()))
                .isEmpty();
    }
}
