package dev.spar.web.practice;

import java.time.Instant;
import java.util.Optional;

/**
 * A practice session as stored: who owns it, the scenario it runs (as it was when it started), its settings
 * and how it stands.
 *
 * @param id unique id
 * @param owner the user it belongs to
 * @param scenarioId which scenario
 * @param scenarioTitle its title
 * @param scenarioYaml the scenario as it was when the session started
 * @param seed the seed
 * @param difficulty 1-5
 * @param surpriseMe whether the person pushes back harder
 * @param versionName the version of the person this run plays, if the scenario has versions
 * @param parentId the run this one branched from, if it is a branch
 * @param branchedAt the learner turn of the parent this branch tries again
 * @param ended whether it is over
 * @param outcome how it stands or ended
 * @param score the overall score once ended
 * @param report the run and its critique as JSON once ended
 * @param createdAt when it started
 * @param updatedAt when it last changed
 */
public record SessionRecord(
        String id,
        String owner,
        String scenarioId,
        String scenarioTitle,
        String scenarioYaml,
        long seed,
        int difficulty,
        boolean surpriseMe,
        Optional<String> versionName,
        Optional<String> parentId,
        Optional<Integer> branchedAt,
        boolean ended,
        String outcome,
        Optional<Integer> score,
        Optional<String> report,
        Instant createdAt,
        Instant updatedAt) {}
