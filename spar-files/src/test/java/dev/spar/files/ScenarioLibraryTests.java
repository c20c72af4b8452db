package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLibraryTests {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    static Stream<Scenario> scenarios() {
        return LIBRARY.all().stream();
    }

    @Test
    void coversEveryScenarioThatPeopleAskFor() {
        assertThat(LIBRARY.all())
                .extracting(Scenario::id)
                .contains("refund-outside-window", "angry-delay", "raise-request", "family-boundary");
        assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(19);
        assertThat(LIBRARY.all().stream().map(Scenario::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Scenario.Category.values());
    }

    @Test
    void everyBundledFileIsListedInTheIndex() throws IOException {
        Path folder = Path.of("src/main/resources/scenarios");
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> ids = files.filter(ScenarioLibrary::isYaml)
                    .map(p -> p.getFileName().toString().replaceAll("\\.ya?ml$", ""))
                    .collect(Collectors.toSet());
            assertThat(LIBRARY.all()).extracting(Scenario::id).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void hasEnoughAuthoredMaterialForSeveralDistinctRuns(Scenario s) {
        assertThat(s.versions()).as(s.id()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.learner().keyPoints()).as(s.id()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.lines().forIntent(Intent.CHALLENGE)).as(s.id()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(s.lines().forIntent(Intent.CURVEBALL)).as(s.id()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(s.lines().forIntent(Intent.ANSWER).stream()
                        .filter(l -> !l.cues().isEmpty()))
                .as(s.id())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(s.lines().size()).as(s.id()).isGreaterThanOrEqualTo(50);
        if (s.category() == Scenario.Category.CUSTOMER_SERVICE) {
            assertThat(s.decisionMap()).as(s.id()).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void differentSeedsPlayDifferentPeopleOnTheSameLines(Scenario s) {
        List<String> lines = List.of(
                "Hello, thanks for making the time.",
                "I can hear this matters a lot to you.",
                "So the main issue is how this has gone so far. Walk me through it?",
                "Our policy is what it is.",
                "I will email you by Friday with the details.");
        Practice a = Practice.replay(s, PracticeSettings.of(1, 3), new KeywordAnalyzer(), lines);
        Practice b = Practice.replay(s, PracticeSettings.of(2, 3), new KeywordAnalyzer(), lines);

        assertThat(a.version()).isNotEqualTo(b.version());
        assertThat(counterpartLines(a)).isNotEqualTo(counterpartLines(b));
        assertThat(counterpartLines(a)).allSatisfy(text -> assertThat(text).doesNotContain("{", "}"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void noLineIsAuthoredTwice(Scenario s) {
        for (Intent intent : Intent.values()) {
            assertThat(s.lines().forIntent(intent)).extracting(Line::text).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theCritiqueNeverShowsAnUnfilledSlot(Scenario s) {
        Practice run = Practice.replay(s, PracticeSettings.of(1, 3), new KeywordAnalyzer(), List.of("Hello."));
        run.end();

        Critique critique = new Coach().critique(run);

        assertThat(critique.findings()).allSatisfy(f -> {
            assertThat(f.why()).doesNotContain("{");
            assertThat(f.rewrite().orElse("")).doesNotContain("{");
        });
    }

    /**
     * A mother-in-law the learner goes to with something new is not upset about it before she hears it: her
     * first line is where it can be acknowledged, not the learner's opening.
     */
    @Test
    void raisingSomethingNewIsNotAMissedAcknowledgementOfAnUpsetTheyHaveNotShownYet() {
        Scenario family = LIBRARY.find("family-boundary").orElseThrow();
        String opening = "Margaret, can we talk about Sundays for a minute?";
        Practice run = Practice.replay(family, PracticeSettings.of(1, 3), new KeywordAnalyzer(), List.of(opening));
        run.end();

        assertThat(new Coach().critique(run).findings())
                .noneMatch(f -> f.category() == dev.spar.analysis.FindingCategory.MISSING_ACKNOWLEDGEMENT
                        && f.quote().equals(opening));
    }

    @Test
    void addsTheLearnersOwnFilesAndReportsBrokenOnesWithoutHidingTheRest(@TempDir Path own) throws IOException {
        ScenarioYaml yaml = new ScenarioYaml();
        Scenario refund = LIBRARY.find("refund-outside-window").orElseThrow();
        Files.writeString(
                own.resolve("mine.yaml"), yaml.write(refund).replace("id: refund-outside-window", "id: mine"));
        Files.writeString(own.resolve("broken.yaml"), "id: broken\n");

        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(own));

        assertThat(library.find("mine")).isPresent();
        assertThat(library.find("refund-outside-window")).isPresent();
        assertThat(library.broken()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("broken.yaml")
                .contains("title: is missing"));
    }

    @Test
    void skipsAPipeAndAFolderNamedYamlWithoutOpeningThem(@TempDir Path own) throws Exception {
        Files.writeString(own.resolve("mine.yaml"), mine("mine", "Mine"));
        Files.createDirectory(own.resolve("folder.yaml"));
        Process mkfifo = new ProcessBuilder("mkfifo", own.resolve("pipe.yaml").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        ScenarioLibrary library =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ScenarioLibrary.load(Optional.of(own)));

        assertThat(library.find("mine")).isPresent();
        assertThat(library.broken())
                .extracting(ScenarioFileException::getMessage)
                .anySatisfy(m -> assertThat(m).contains("folder.yaml: (file): is a folder, so it was skipped"))
                .anySatisfy(m -> assertThat(m).contains("pipe.yaml: (file): is not a regular file"));
    }

    @Test
    void doesNotFollowALinkOutOfTheFolderNorShowWhatItPointsAt(@TempDir Path own, @TempDir Path elsewhere)
            throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(own.resolve("passwd.yaml"), secret);
        Files.createSymbolicLink(
                own.resolve("inside.yaml"), Files.writeString(own.resolve("mine.txt"), mine("mine", "Mine")));

        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(own));

        assertThat(library.find("mine")).isPresent();
        assertThat(library.broken()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("passwd.yaml: (file): is a link to a file outside the scenarios folder")
                .doesNotContain("root:x", elsewhere.toString(), own.toString()));
    }

    @Test
    void usesTheFirstOfTwoFilesWithOneIdByNameAndRefusesTheOtherNamingBoth(@TempDir Path own) throws IOException {
        Files.writeString(own.resolve("b-second.yaml"), mine("mine", "Second"));
        Files.writeString(own.resolve("a-first.yaml"), mine("mine", "First"));

        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(own));

        assertThat(library.find("mine")).get().extracting(Scenario::title).isEqualTo("First");
        assertThat(library.broken()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("b-second.yaml: id: 'mine' is also the id of a-first.yaml, which is used instead"));
    }

    @Test
    void namesABrokenFileByItsNameInTheFolderAndTheReasonWithoutAPath(@TempDir Path own) throws IOException {
        Files.writeString(own.resolve("broken.yaml"), "id: broken\n");
        Files.write(own.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});

        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(own));

        assertThat(library.broken())
                .extracting(ScenarioFileException::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("broken.yaml: "))
                .anySatisfy(m -> assertThat(m).contains("latin1.yaml: (file): is not UTF-8 text"))
                .allSatisfy(m -> assertThat(m).doesNotContain(own.toString()));
    }

    @Test
    void saysSoWhenTheScenariosFolderIsNotAFolder(@TempDir Path home) throws IOException {
        Path notAFolder = Files.writeString(home.resolve("scenarios"), "oops");

        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(notAFolder));

        assertThat(library.find("refund-outside-window")).isPresent();
        assertThat(library.broken()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("scenarios: (folder): is not a folder")
                .doesNotContain(home.toString()));
    }

    private static String mine(String id, String title) {
        return new ScenarioYaml()
                .write(LIBRARY.find("refund-outside-window").orElseThrow())
                .replace("id: refund-outside-window", "id: " + id)
                .replaceFirst("(?m)^title: .*$", "title: " + title);
    }

    private static List<String> counterpartLines(Practice p) {
        return p.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .map(Turn::text)
                .toList();
    }
}
