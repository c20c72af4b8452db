/**
 * The team layer's domain: what a coach needs to assign practice, review it and drill the team.
 *
 * <p>A coach defines a {@link dev.spar.teams.Scorecard}; the {@link dev.spar.teams.ScorecardScorer} scores a run
 * or a real conversation on it from the {@link dev.spar.teams.Evidence} of its critique, plus what the coach
 * marked by hand and any {@link dev.spar.teams.Override} with its reason. {@link dev.spar.teams.Assignments}
 * tells where a learner stands on an assignment; {@link dev.spar.teams.TeamHabits} finds the problems that keep
 * coming back across people; {@link dev.spar.teams.DisputeTally} shows how often disputed findings were upheld.
 *
 * <p>Everything here is a pure function of its arguments: the current time is passed in, nothing is stored.
 */
package dev.spar.teams;
