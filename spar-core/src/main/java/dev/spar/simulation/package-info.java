/**
 * The simulated counterpart and the practice session around it.
 *
 * <p>The counterpart's state (anger or distress, trust, patience, each need's satisfaction, the phase of
 * the conversation) moves with the learner's moves through the persona's triggers and soothers; its replies
 * are the scenario's authored lines chosen by intent. Everything random comes from the session's seed, so
 * the same scenario, seed and learner lines replay byte for byte.
 */
package dev.spar.simulation;
