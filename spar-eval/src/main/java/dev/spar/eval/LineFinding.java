package dev.spar.eval;

import java.util.Optional;

/**
 * A finding the coach made on the critiqued line.
 *
 * @param category the finding category's id
 * @param problem whether it is a problem rather than a strength
 * @param quote the learner's words it points at
 * @param rewrite the stronger line it offers, if any
 * @param rewriteCheck how the rewrite did, for phrase-level problems with a rewrite
 */
public record LineFinding(
        String category,
        boolean problem,
        String quote,
        Optional<String> rewrite,
        Optional<RewriteCheck> rewriteCheck) {}
