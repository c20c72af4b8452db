package dev.spar.review;

/**
 * A moment where the customer got clearly calmer or angrier, and what the agent had said just before.
 *
 * @param turn the customer's turn where it changed, counting from 1
 * @param from their intensity before it
 * @param to their intensity at it
 * @param agentTurn the agent's turn just before it; 0 if the agent had not spoken
 * @param agentWords the agent's words at that turn; empty if the agent had not spoken
 */
public record TurningPoint(int turn, int from, int to, int agentTurn, String agentWords) {
    /** Returns whether the customer got angrier here. */
    public boolean angrier() {
        return to > from;
    }
}
