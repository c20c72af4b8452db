/**
 * Where role-play stops: when a setup or a learner's words involve abuse, violence, self-harm or someone's
 * safety, Spar says so plainly and points to human help instead of playing on.
 */
package dev.spar.safety;
