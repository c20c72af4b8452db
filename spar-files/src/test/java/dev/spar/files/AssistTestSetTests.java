package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.DraftFlag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scores live assist's flags against a test set of good and poor replies written for this project
 * ({@code assist/replies.yaml}): precision and recall over (reply, category) pairs, and false alarms on the
 * good replies. Prints the figures the README quotes.
 */
class AssistTestSetTests {
    record Reply(String id, List<String> before, String draft, List<String> expect) {}

    record Scored(Reply reply, Set<String> expected, Set<String> found) {}

    private static final Assistant ASSISTANT = new Assistant(new RuleAnalyzer());
    private static List<Scored> scored;

    @BeforeAll
    static void scoreTheSet() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Reply> replies;
        try (InputStream in = AssistTestSetTests.class.getResourceAsStream("/assist/replies.yaml")) {
            replies = yaml.readValue(in, new TypeReference<List<Reply>>() {});
        }
        scored = new ArrayList<>();
        for (Reply r : replies) {
            Assistance a = ASSISTANT.assess(conversation(r), r.draft());
            Set<String> found =
                    a.flags().stream().map(f -> f.category().id()).collect(Collectors.toCollection(TreeSet::new));
            scored.add(new Scored(r, new TreeSet<>(r.expect()), found));
        }
        print();
    }

    static List<ConversationLine> conversation(Reply r) {
        List<ConversationLine> lines = new ArrayList<>();
        for (String line : r.before() == null ? List.<String>of() : r.before()) {
            lines.add(
                    line.startsWith("c: ")
                            ? ConversationLine.customer(line.substring(3))
                            : ConversationLine.rep(line.substring(3)));
        }
        return lines;
    }

    static int truePositives() {
        return scored.stream()
                .mapToInt(s ->
                        (int) s.found().stream().filter(s.expected()::contains).count())
                .sum();
    }

    static int flagged() {
        return scored.stream().mapToInt(s -> s.found().size()).sum();
    }

    static int expected() {
        return scored.stream().mapToInt(s -> s.expected().size()).sum();
    }

    static List<Scored> good() {
        return scored.stream().filter(s -> s.expected().isEmpty()).toList();
    }

    private static void print() {
        double precision = (double) truePositives() / Math.max(1, flagged());
        double recall = (double) truePositives() / Math.max(1, expected());
        long falseAlarms = good().stream().filter(s -> !s.found().isEmpty()).count();
        System.out.printf(
                Locale.ROOT,
                "live assist test set: %d replies (%d good, %d poor); flags precision %.2f, recall %.2f;"
                        + " false alarms on good replies %d of %d%n",
                scored.size(),
                good().size(),
                scored.size() - good().size(),
                precision,
                recall,
                falseAlarms,
                good().size());
        for (Scored s : scored) {
            if (!s.found().equals(s.expected())) {
                System.out.printf("  %-36s expected %s, flagged %s%n", s.reply().id(), s.expected(), s.found());
            }
        }
    }

    @Nested
    class Flags {
        @Test
        void raiseNoFalseAlarmOnMoreThanOneGoodReplyInThirty() {
            long falseAlarms = good().stream().filter(s -> !s.found().isEmpty()).count();

            assertThat(falseAlarms * 30).as("false alarms on good replies").isLessThanOrEqualTo(good().size());
        }

        @Test
        void areRightAtLeastNineTimesInTen() {
            assertThat((double) truePositives() / flagged()).isGreaterThanOrEqualTo(0.9);
        }

        @Test
        void catchAtLeastEightProblemsInTen() {
            assertThat((double) truePositives() / expected()).isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void useOnlyProblemCategoriesTheCritiqueKnows() {
            for (Scored s : scored) {
                for (String id : s.reply().expect()) {
                    assertThat(FindingCategory.byId(id)).as(s.reply().id()).isPresent();
                }
            }
        }
    }

    @Nested
    class Rewrites {
        @Test
        void leaveOneProblemFewerOfTheirKind() {
            List<String> stillThere = new ArrayList<>();
            for (Scored s : scored) {
                Assistance a =
                        ASSISTANT.assess(conversation(s.reply()), s.reply().draft());
                for (DraftFlag flag : a.flags()) {
                    Assistance after = ASSISTANT.assess(conversation(s.reply()), flag.rewrite());
                    if (count(after, flag) >= count(a, flag)) {
                        stillThere.add(s.reply().id() + " " + flag.category().id() + ": " + flag.rewrite());
                    }
                }
            }
            assertThat(stillThere).isEmpty();
        }

        @Test
        void keepTheNumbersAndDaysOfTheDraft() {
            List<String> lost = new ArrayList<>();
            for (Scored s : scored) {
                Assistance a =
                        ASSISTANT.assess(conversation(s.reply()), s.reply().draft());
                for (DraftFlag flag : a.flags()) {
                    for (String fact : facts(s.reply().draft())) {
                        if (!flag.rewrite().contains(fact) && !flag.quote().contains(fact)) {
                            lost.add(s.reply().id() + " lost '" + fact + "': " + flag.rewrite());
                        }
                    }
                }
            }
            assertThat(lost).isEmpty();
        }

        private static long count(Assistance a, DraftFlag flag) {
            return a.flags().stream()
                    .filter(f -> f.category() == flag.category())
                    .count();
        }

        private static List<String> facts(String text) {

            List<String> facts = new ArrayList<>();
            var m = java.util.regex.Pattern.compile(
                            "\\d+(?:[.:]\\d+)?(?:am|pm)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow"
                                    + "|today|tonight|next week|March")
                    .matcher(text);
            while (m.find()) {
                facts.add(m.group());
            }
            return facts;
        }
    }
}
