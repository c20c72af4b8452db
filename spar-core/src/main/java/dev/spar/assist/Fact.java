package dev.spar.assist;

/** A fact a rep usually needs to resolve a customer's problem. */
enum Fact {
    WHAT_HAPPENED("what happened, in their words"),
    REFERENCE("their order, booking or account reference"),
    OUTCOME("what outcome they want"),
    WHEN("when it started"),
    TRIED("what they have already tried"),
    DEADLINE("whether they need it by a certain date");

    private final String description;

    Fact(String description) {
        this.description = description;
    }

    /** Returns what to find out, as a short phrase. */
    String description() {
        return description;
    }
}
