package dev.spar.eval;

import java.util.Optional;

/** What a probe line does to the conversation, which decides what an answering reply must do. */
public enum ProbeKind {
    /** Asks for a fact the counterpart knows. */
    FACTUAL_QUESTION("factual-question"),
    /** Asks again for a fact the counterpart already gave. */
    RE_ASK("re-ask"),
    /** Offers something concrete. */
    OFFER("offer"),
    /** A joke. */
    JOKE("joke"),
    /** Talk that leaves the subject. */
    TANGENT("tangent"),
    /** A dig at the other person. */
    JAB("jab"),
    /** An accusation. */
    ACCUSATION("accusation"),
    /** Points back to something said earlier in the conversation. */
    REFERENCE_BACK("reference-back"),
    /** An honest statement of what the learner cannot do. */
    HONEST_LIMIT("honest-limit"),
    /** Chat about something else, meant to be friendly. */
    SMALL_TALK("small-talk"),
    /** Backs off the learner's own position. */
    GIVING_GROUND("giving-ground");

    private final String id;

    ProbeKind(String id) {
        this.id = id;
    }

    /** Returns the identifier used in probe files and reports. */
    public String id() {
        return id;
    }

    /** Finds the kind with this identifier. */
    public static Optional<ProbeKind> byId(String id) {
        for (ProbeKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
