/**
 * The critique of the learner's side of a run: findings anchored to their own words, scores per skill,
 * turning points, and what to focus on next; and hints during a run.
 *
 * <p>Everything here is computed from the transcript's analysis, so the same run always gets the same
 * critique.
 */
package dev.spar.coaching;
