package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.coaching.Coach;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunMarkdownTests {
    private static String markdown(List<String> lines) {
        Practice p = Practice.replay(
                ScenarioLibrary.bundled().find("refund-outside-window").orElseThrow(),
                PracticeSettings.of(7, 3),
                new RuleAnalyzer(),
                lines);
        p.end();
        return new RunMarkdown().write(p, new Coach().critique(p));
    }

    @Test
    void hasTheTranscriptScoresAndFindingsWithQuotes() {
        String md =
                markdown(List.of("That's our policy, there's nothing I can do.", "I just think maybe you could wait?"));
        assertThat(md).startsWith("# Refund outside the policy window");
        assertThat(md).contains("## Transcript", "**You:** That's our policy", "## Skills", "| Empathy");
        assertThat(md).contains("## What to fix").contains("Try:");
    }

    @Test
    void whatTheLearnerTypedCannotBecomeMarkupOrHtml() {
        String md = markdown(List.of("<img src=x onerror=alert(1)> **bold** [link](http://x)"));
        assertThat(md)
                .doesNotContainPattern("(?<!\\\\)<")
                .contains("\\<img")
                .contains("\\*\\*bold\\*\\*")
                .contains("\\[link\\]");
    }

    @Test
    void aRunStoppedForSafetyKeepsItsTranscriptAndHelpButHasNoScoreOrFindings() {
        String md = markdown(List.of("That's our policy, there's nothing I can do.", "I want to kill myself"));
        assertThat(md).contains("**You:** I want to kill myself", "988", "not reviewed or scored");
        assertThat(md).doesNotContain("Score:", "## Skills", "## What to fix", "Try:", "## Focus next run");
    }
}
