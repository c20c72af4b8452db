package dev.spar.understanding;

import java.util.Optional;

/**
 * What a line does with its content. A line can do several (ask a question and give ground).
 *
 * <p>Each kind's {@link #id()} names its example bank for the semantic reading.
 */
public enum ActKind {
    /** Asks for a fact or about a topic ("What's the order number?"). */
    ASK("ask"),
    /** Gives a fact or answers what the other person asked. */
    ANSWER("answer"),
    /** Puts something on the table ("I can refund the $18 today"). */
    OFFER("offer"),
    /** Commits to doing something ("I'll call you by two"). */
    PROMISE("promise"),
    /** Says honestly what cannot be done or known ("I can't guarantee Saturday"). */
    HONEST_LIMIT("honest-limit"),
    /** Backs off the speaker's own goal under pressure ("could we maybe do 80 then? sorry"). */
    GIVE_GROUND("give-ground"),
    /** Accepts what the other person offered or asked. */
    ACCEPT("accept"),
    /** Turns down what the other person offered or asked. */
    REJECT("reject"),
    /** Says what is wrong with the other person ("You're being completely unreasonable"). */
    ACCUSE("accuse"),
    /** Mocks or says the opposite of what is meant ("Oh great, wonderful, love that for me"). */
    MOCK("mock"),
    /** A joke. */
    JOKE("joke"),
    /** Leaves the topic: small talk or a subject that is not the conversation's. */
    TANGENT("tangent"),
    /** Blames someone not in the conversation: a colleague, the courier, another team. */
    BLAME_OTHERS("blame-others"),
    /** A hopeful forecast the speaker cannot back ("it usually gets approved", "I'm sure it'll be fine"). */
    FALSE_HOPE("false-hope"),
    /** Refers back to something said earlier ("like you said", "going back to the refund"). */
    REFER_BACK("refer-back"),
    /** Asks for a fact the other person already gave. */
    REASK("re-ask"),
    /** Ends the conversation ("I'm hanging up", "Goodbye"). */
    END("end");

    private final String id;

    ActKind(String id) {
        this.id = id;
    }

    /** Returns the identifier used in example banks and reports. */
    public String id() {
        return id;
    }

    /** Finds the kind with this identifier. */
    public static Optional<ActKind> byId(String id) {
        for (ActKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
