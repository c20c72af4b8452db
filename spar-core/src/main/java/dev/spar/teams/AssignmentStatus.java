package dev.spar.teams;

/** Where a learner is with an assignment. */
public enum AssignmentStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    OVERDUE("Overdue"),
    PASSED("Passed"),
    DONE("Done");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    /** Returns what a learner or coach reads, such as "Not started". */
    public String label() {
        return label;
    }
}
