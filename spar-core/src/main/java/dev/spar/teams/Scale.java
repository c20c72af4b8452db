package dev.spar.teams;

/** How a criterion is marked. */
public enum Scale {
    /** Yes or no. */
    YES_NO("Yes / no"),
    /** Points from 1 (poor) to 5 (excellent). */
    ONE_TO_FIVE("1 to 5");

    private final String label;

    Scale(String label) {
        this.label = label;
    }

    /** Returns a short human label. */
    public String label() {
        return label;
    }
}
