package dev.spar.scenario;

/**
 * A short description of a conversation a learner wants to practise, from which a starter scenario is
 * written.
 *
 * @param who who the other person is ("my landlord, who never answers emails")
 * @param name what to call them
 * @param want what the learner wants from the conversation
 * @param fear what the learner is afraid will happen
 * @param reaction how the other person will probably react
 * @param category which shelf it belongs on
 */
public record Setup(String who, String name, String want, String fear, String reaction, Scenario.Category category) {}
