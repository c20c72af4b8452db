package dev.spar.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Role;
import dev.spar.review.SupportChats;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TeamReportTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static ConversationSummary summary(Transcript t) {
        return ConversationSummary.of(REVIEWER.review(t));
    }

    private static Transcript dismissive(String source, String agent, Optional<LocalDate> date) {
        return new Transcript(
                source,
                List.of(
                        Utterance.of(
                                "Customer", Role.CUSTOMER, "My parcel still has not arrived and I need it tomorrow."),
                        Utterance.of(
                                agent, Role.AGENT, "Thanks for contacting us, could you confirm your order number?"),
                        Utterance.of("Customer", Role.CUSTOMER, "It is the one from last Tuesday."),
                        Utterance.of(agent, Role.AGENT, "Calm down, it's not a big deal."),
                        Utterance.of(
                                "Customer", Role.CUSTOMER, "This is ridiculous, you are not listening to me at all!")),
                date);
    }

    private static List<ConversationSummary> team(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> summary(SupportChats.chat(i, 12 + i % 20)))
                .toList();
    }

    @Nested
    class OneConversation {
        private final ConversationSummary s =
                summary(dismissive("a.txt", "Agent Ash", Optional.of(LocalDate.of(2026, 12, 2))));
        private final TeamReport report = TeamReport.of(s);

        @Test
        void countsTheShareOfAgentTurnsWithEachProblem() {
            assertThat(report.overall().agentTurns()).isEqualTo(2);
            assertThat(report.overall().turnsWithProblems()).isEqualTo(1);
            assertThat(report.overall().problemRate()).isEqualTo(0.5);
            assertThat(report.overall().problems()).isNotEmpty();
            report.overall().problems().keySet().forEach(c -> assertThat(c.isProblem())
                    .isTrue());
            assertThat(report.overall().rates().values())
                    .allSatisfy(r -> assertThat(r).isEqualTo(0.5));
        }

        @Test
        void quotesTheDismissalAsTheWorstMoment() {
            assertThat(report.worst()).isNotEmpty();
            Moment worst = report.worst().getFirst();
            assertThat(worst.source()).isEqualTo("a.txt");
            assertThat(worst.agent()).isEqualTo("Agent Ash");
            assertThat(worst.turn()).isEqualTo(4);
            assertThat("Calm down, it's not a big deal.").contains(worst.quote());
            assertThat(worst.why()).isNotBlank();
            assertThat(worst.rewrite()).isNotBlank();
            assertThat(worst.severity()).isGreaterThanOrEqualTo(Moment.PER_PROBLEM);
        }

        @Test
        void groupsByAgentAndIsoWeek() {
            assertThat(report.agents()).containsOnlyKeys("Agent Ash");
            assertThat(report.weeks()).containsOnlyKeys("2026-W49");
            assertThat(report.undated()).isZero();
        }

        @Test
        void ticksOffTheChecklistInItsOrder() {
            List<StepTally> steps = report.steps();
            assertThat(steps)
                    .extracting(StepTally::id)
                    .containsExactly("greeting", "verification", "issue-summary", "resolution", "confirmation");
            assertThat(steps.get(1).covered()).isEqualTo(1);
            assertThat(steps.get(4).covered()).isZero();
        }

        @Test
        void putsTheScoreInItsBucket() {
            assertThat(report.scores().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(1);
            assertThat(report.scores().get(TeamReport.bucket(s.score()))).isEqualTo(1);
        }
    }

    @Nested
    class ManyConversations {
        @Test
        void ratesPerAgentFollowTheirHabits() {
            TeamReport report = team(100).stream().map(TeamReport::of).reduce(TeamReport.EMPTY, TeamReport::merge);
            assertThat(report.conversations()).isEqualTo(100);
            assertThat(report.agents()).containsOnlyKeys(SupportChats.AGENTS);
            // The synthetic team's first agent slips one line in ten, the last one in two.
            double first = report.agents().get(SupportChats.AGENTS.getFirst()).problemRate();
            double last = report.agents().get(SupportChats.AGENTS.getLast()).problemRate();
            assertThat(last).isGreaterThan(first + 0.15);
            assertThat(report.weeks()).hasSize(4);
            assertThat(report.worst()).hasSize(ConversationSummary.MOMENTS);
            assertThat(report.worst()).isSortedAccordingTo(Moment.WORST_FIRST).allSatisfy(m -> assertThat(m.quote())
                    .isNotBlank());
            assertThat(report.overall().meanScore()).isBetween(1.0, 100.0);
        }

        @Test
        void undatedConversationsCountOverallButInNoWeek() {
            TeamReport report = TeamReport.of(summary(dismissive("a.txt", "Agent Ash", Optional.empty())))
                    .merge(TeamReport.of(
                            summary(dismissive("b.txt", "Agent Bo", Optional.of(LocalDate.of(2026, 1, 1))))));
            assertThat(report.conversations()).isEqualTo(2);
            assertThat(report.weeks()).containsOnlyKeys("2026-W01");
            assertThat(report.undated()).isEqualTo(1);
        }

        @Test
        void listsSkippedFilesWithoutCountingThem() {
            TeamReport report = TeamReport.of(summary(dismissive("a.txt", "Agent Ash", Optional.empty())))
                    .merge(TeamReport.skipped("z.csv", "line 3: no speaker"))
                    .merge(TeamReport.skipped("b.json", "not JSON"));
            assertThat(report.conversations()).isEqualTo(1);
            assertThat(report.skipped())
                    .containsExactly(new Skipped("b.json", "not JSON"), new Skipped("z.csv", "line 3: no speaker"));
        }
    }

    @Nested
    class Merging {
        private final List<TeamReport> parts =
                team(60).stream().map(TeamReport::of).collect(java.util.stream.Collectors.toCollection(ArrayList::new));

        {
            parts.add(TeamReport.skipped("broken.txt", "empty file"));
        }

        private final TeamReport sequential = parts.stream().reduce(TeamReport.EMPTY, TeamReport::merge);

        @Test
        void aParallelReduceGivesTheSameReportAsASequentialFold() {
            TeamReport parallel = parts.parallelStream().reduce(TeamReport.EMPTY, TeamReport::merge);
            assertThat(parallel).isEqualTo(sequential);
        }

        @Test
        void anyOrderAndGroupingGivesTheSameReport() {
            SplittableRandom random = new SplittableRandom(42);
            for (int round = 0; round < 20; round++) {
                List<TeamReport> shuffled = new ArrayList<>(parts);
                Collections.shuffle(shuffled, new java.util.Random(round));
                // Merge in random groups, as partitions of a cluster would, then merge the groups.
                List<TeamReport> groups = new ArrayList<>();
                int i = 0;
                while (i < shuffled.size()) {
                    int size = 1 + random.nextInt(12);
                    groups.add(shuffled.subList(i, Math.min(shuffled.size(), i + size)).stream()
                            .reduce(TeamReport.EMPTY, TeamReport::merge));
                    i += size;
                }
                Collections.reverse(groups);
                assertThat(groups.stream().reduce(TeamReport.EMPTY, TeamReport::merge))
                        .isEqualTo(sequential);
            }
        }

        @Test
        void theEmptyReportChangesNothing() {
            assertThat(TeamReport.EMPTY.merge(sequential)).isEqualTo(sequential);
            assertThat(sequential.merge(TeamReport.EMPTY)).isEqualTo(sequential);
        }

        @Test
        void keepsTheWorstMomentsOfAll() {
            List<Moment> all = parts.stream()
                    .flatMap(p -> p.worst().stream())
                    .sorted(Moment.WORST_FIRST)
                    .toList();
            assertThat(sequential.worst()).hasSize(ConversationSummary.MOMENTS);
            assertThat(sequential.worst().getFirst()).isEqualTo(all.getFirst());
            assertThat(sequential.worst())
                    .extracting(m -> m.agent() + ": " + m.quote().toLowerCase(java.util.Locale.ROOT))
                    .doesNotHaveDuplicates();
            assertThat(sequential.overall().problemRate())
                    .isCloseTo(
                            parts.stream()
                                            .mapToLong(p -> p.overall().turnsWithProblems())
                                            .sum()
                                    / (double) parts.stream()
                                            .mapToLong(p -> p.overall().agentTurns())
                                            .sum(),
                            within(1e-12));
        }
    }

    @Test
    void anAgentsSameWordsAreOneMomentAtTheirWorst() {
        TeamReport report = TeamReport.of(summary(dismissive("a.txt", "Agent Ash", Optional.empty())))
                .merge(TeamReport.of(summary(dismissive("b.txt", "Agent Ash", Optional.empty()))))
                .merge(TeamReport.of(summary(dismissive("c.txt", "Agent Bo", Optional.empty()))));
        assertThat(report.worst())
                .filteredOn(m -> m.quote().startsWith("Calm down"))
                .extracting(Moment::agent, Moment::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Agent Ash", "a.txt"),
                        org.assertj.core.groups.Tuple.tuple("Agent Bo", "c.txt"));
    }

    @Test
    void aCategoryNeverSeenHasARateOfZero() {
        assertThat(TeamReport.EMPTY.overall().rate(FindingCategory.BLAME)).isZero();
        assertThat(TeamReport.EMPTY.overall().meanScore()).isZero();
    }
}
