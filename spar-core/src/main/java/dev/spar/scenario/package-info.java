/**
 * What a practice conversation is about: the learner's brief, the counterpart persona, the decision map
 * for customer conversations, slot facts and the counterpart's authored lines.
 *
 * <p>Scenarios are plain values; reading them from files is an adapter's job. {@link
 * dev.spar.scenario.ScenarioValidator} reports every problem with the field and the fix.
 */
package dev.spar.scenario;
