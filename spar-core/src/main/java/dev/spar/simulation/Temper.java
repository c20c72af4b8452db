package dev.spar.simulation;

/** How the counterpart's mood colours a reply: curt when angry, plain, or warm when calm. */
enum Temper {
    /** Angry: shorter, no pleasantries. */
    CURT,
    /** Neither angry nor calm. */
    PLAIN,
    /** Calm: a friendlier word or two. */
    WARM;

    static Temper of(double anger) {
        if (anger >= 55) {
            return CURT;
        }
        return anger < 30 ? WARM : PLAIN;
    }
}
