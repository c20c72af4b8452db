package dev.spar.coaching;

import dev.spar.scenario.Scenario;

/**
 * The kind of relationship a conversation is in, which decides how advice is worded: a customer is not
 * spoken to like a mother-in-law, and a friend is not asked "does that cover everything?".
 */
enum ConversationKind {
    /** A customer or a client: service language, next steps with times, a closing check. */
    CUSTOMER,
    /** A manager, a report or a colleague: direct, about the work and what was agreed. */
    WORKPLACE,
    /** A friend, a partner, family: plain words about the two of you, no service script. */
    PERSONAL;

    /** Returns the kind of a scenario's conversation, from its library shelf. */
    static ConversationKind of(Scenario scenario) {
        return switch (scenario.category()) {
            case CUSTOMER_SERVICE, FREELANCE_SALES -> CUSTOMER;
            case WORKPLACE -> WORKPLACE;
            case PERSONAL -> PERSONAL;
        };
    }

    /** Returns whether a closing check ("does that cover everything?") belongs in this kind of talk. */
    boolean closesWithACheck() {
        return this == CUSTOMER;
    }
}
