package dev.spar.coaching;

import dev.spar.scenario.Relationship;
import dev.spar.scenario.Scenario;
import java.util.regex.Pattern;

/**
 * The kind of relationship a conversation is in, which decides how advice is worded: a customer is not
 * spoken to like a mother-in-law, a client of your own work is not a caller to a support desk, and a friend is not
 * asked "does that cover everything?".
 */
enum ConversationKind {
    /** A customer: service language, next steps with times, a closing check. */
    CUSTOMER,
    /** A client of the learner's own business: plain talk about the work, what was agreed and what it costs. */
    CLIENT,
    /** A manager, a report or a colleague: direct, about the work and what was agreed. */
    WORKPLACE,
    /** A friend, a partner, family: plain words about the two of you, no service script. */
    PERSONAL;

    /** A customer named in who they are, whatever else is ("customer for seven years, family plan with four lines"). */
    private static final Pattern A_CUSTOMER = Pattern.compile("(?i)\\b(?:customer|caller)s?\\b");

    private static final Pattern A_CLIENT = Pattern.compile("(?i)\\bclients?\\b");

    /**
     * Returns the kind of a scenario's conversation: from who the other person is, where that is said
     * ("your client for fourteen months", "your mother-in-law"), else from its library shelf. A scenario written on
     * the customer shelf about "my mother" is a talk with a parent.
     */
    static ConversationKind of(Scenario scenario) {
        String who = scenario.persona().relationship();
        if (A_CUSTOMER.matcher(who).find()) {
            return CUSTOMER;
        }
        if (A_CLIENT.matcher(who).find()) {
            return CLIENT;
        }
        // Who they are decides where it is said; where it is not, the shelf's usual person does.
        return switch (Relationship.of(who, scenario.category())) {
            case FRIEND, FAMILY, PARTNER, OTHER -> PERSONAL;
            case MANAGER, REPORT, COLLEAGUE -> WORKPLACE;
            case CLIENT -> CLIENT;
            case CUSTOMER -> CUSTOMER;
        };
    }

    /** Returns whether a closing check ("does that cover everything?") belongs in this kind of talk. */
    boolean closesWithACheck() {
        return this == CUSTOMER;
    }
}
