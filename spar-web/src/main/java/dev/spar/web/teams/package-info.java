/**
 * Teams, in accounts mode: an administrator creates teams and invites people as learners or coaches; coaches assign
 * scenarios and drills with due dates, read and comment on the runs they may see (shared or assigned, never private
 * practice), settle disputed findings, score runs on the team's scorecard and run the weekly rhythm (conversation of
 * the week, Monday drill). Every route checks the caller's role in the team ({@link dev.spar.web.teams.TeamAccess});
 * what coaches and administrators do is written to the audit log.
 */
package dev.spar.web.teams;
