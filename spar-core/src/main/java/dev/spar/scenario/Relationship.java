package dev.spar.scenario;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the other person is to the learner, read from how the learner described them ("my closest friend",
 * "my mother-in-law", "my manager"): it decides the voice, the starting mood and the versions of a starter
 * scenario.
 */
public enum Relationship {
    /** A friend: close, hurt rather than angry, talks about the friendship. */
    FRIEND(Register.PERSONAL, new Mood(20, 65, 70), "friend|mate|buddy|pal|bestie|flatmate|roommate"),
    /** A parent, in-law or other relative. */
    FAMILY(
            Register.PERSONAL,
            new Mood(30, 50, 60),
            "mother|mum|mom|father|dad|parent|in-law|sister|brother|sibling|aunt|uncle|grandma|grandmother"
                    + "|grandad|grandfather|granny|son|daughter|cousin|niece|nephew|family|stepmother|stepfather"),
    /** A partner or spouse. */
    PARTNER(
            Register.PERSONAL,
            new Mood(25, 60, 65),
            "partner|wife|husband|boyfriend|girlfriend|spouse|fianc[eé]e?|other half"),
    /** The learner's manager or boss. */
    MANAGER(Register.WORK, new Mood(20, 50, 55), "manager|boss|supervisor|director|head of|team lead|ceo|founder"),
    /** Someone who reports to the learner. */
    REPORT(Register.WORK, new Mood(30, 45, 60), "direct report|report|my team|team member|employee|intern|junior"),
    /** A colleague or peer. */
    COLLEAGUE(Register.WORK, new Mood(25, 45, 60), "colleague|co-?worker|teammate|peer|counterpart in|cofounder"),
    /** A client of the learner's business. */
    CLIENT(Register.BUSINESS, new Mood(35, 45, 55), "client"),
    /** A customer the learner serves. */
    CUSTOMER(Register.BUSINESS, new Mood(50, 35, 50), "customer|caller|buyer|guest|patient"),
    /** Anyone the description does not place. */
    OTHER(Register.PERSONAL, new Mood(35, 45, 60), "");

    /** Which kind of conversation the relationship makes: it chooses closings, checks and wording. */
    public enum Register {
        PERSONAL,
        WORK,
        BUSINESS
    }

    private final Register register;
    private final Mood mood;
    private final Pattern words;

    Relationship(Register register, Mood mood, String words) {
        this.register = register;
        this.mood = mood;
        this.words = Pattern.compile("\\b(?:" + words + ")s?\\b");
    }

    /** Returns the kind of conversation this relationship makes. */
    public Register register() {
        return register;
    }

    /** Returns how someone in this relationship starts a hard conversation, before the learner's own forecast. */
    public Mood startingMood() {
        return mood;
    }

    /**
     * Reads the relationship from the learner's description of the other person, or from the shelf when the
     * description names none.
     */
    public static Relationship of(String who, Scenario.Category shelf) {
        String text = who.toLowerCase(Locale.ROOT);
        // Order matters: "my brother's friend" is a friend, "my team lead" a manager before "my team" a report.
        for (Relationship r : List.of(FRIEND, PARTNER, FAMILY, CLIENT, CUSTOMER, COLLEAGUE, MANAGER, REPORT)) {
            if (r.words.matcher(text).find()) {
                return r;
            }
        }
        return switch (shelf) {
            case CUSTOMER_SERVICE -> CUSTOMER;
            case FREELANCE_SALES -> CLIENT;
            case WORKPLACE -> COLLEAGUE;
            case PERSONAL -> OTHER;
        };
    }
}
