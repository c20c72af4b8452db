package dev.spar.coaching;

/** A skill the critique scores from 0 to 100. */
public enum Skill {
    EMPATHY("empathy", "Empathy and acknowledgement"),
    LISTENING("listening", "Listening"),
    CLARITY("clarity", "Clarity and next steps"),
    COMMITMENTS("commitments", "Commitments"),
    COMPOSURE("composure", "Composure"),
    ASSERTIVENESS("assertiveness", "Assertiveness"),
    STRUCTURE("structure", "Structure"),
    GOAL("goal", "Goal");

    private final String id;
    private final String title;

    Skill(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Returns the identifier used in reports. */
    public String id() {
        return id;
    }

    /** Returns the display title. */
    public String title() {
        return title;
    }
}
