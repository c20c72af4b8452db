package dev.spar.coaching;

/**
 * One of the questions learners ask after a hard conversation, answered from the run.
 *
 * @param question the question, as a learner would ask it
 * @param answer the answer, quoting the learner where it can
 */
public record Answer(String question, String answer) {}
