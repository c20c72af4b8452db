package dev.spar.analysis;

import java.util.Optional;

/**
 * What a finding of the critique is about: a problem to fix or a strength to reuse.
 *
 * <p>Phrase-level categories are found in a single utterance; the {@code missing-*} and {@code
 * unsaid-key-point} categories are about the conversation as a whole.
 */
public enum FindingCategory {
    DISMISSAL(
            "dismissal",
            Kind.PROBLEM,
            "Dismissal",
            "It tells them their problem does not count, so they push harder to be heard."),
    BLAME(
            "blame",
            Kind.PROBLEM,
            "Blame",
            "Putting the fault on them makes them defend themselves instead of solving the problem with you."),
    POLICY_FIRST(
            "policy-first",
            Kind.PROBLEM,
            "Policy first",
            "Leading with the rule before showing you understand makes them feel trapped by it."),
    CONDESCENSION(
            "condescension",
            Kind.PROBLEM,
            "Condescension",
            "Even when it is true, it implies they should have known better."),
    OVER_PROMISE(
            "over-promise",
            Kind.PROBLEM,
            "Over-promise",
            "A promise you cannot guarantee buys five calm seconds and a bigger problem later."),
    GUESSING(
            "guessing",
            Kind.PROBLEM,
            "Guessing",
            "An unsupported guess sounds like a commitment and breaks trust when it is wrong."),
    JUDGEMENTAL_FRAMING(
            "judgemental-framing",
            Kind.PROBLEM,
            "Judgemental framing",
            "Words like 'claiming' or 'you think' question their account instead of describing it."),
    CANNED_EMPATHY(
            "canned-empathy",
            Kind.PROBLEM,
            "Canned empathy",
            "A stock empathy line names nothing of theirs, so it sounds like a script and reads as not listening."),
    OVER_APOLOGY(
            "over-apology",
            Kind.PROBLEM,
            "Over-apology",
            "Apologising again and again weakens your position and invites them to push."),
    HEDGING("hedging", Kind.PROBLEM, "Hedging", "Softeners like 'I just think maybe' undermine what you came to say."),
    REACTIVE("reactive", Kind.PROBLEM, "Reactive", "Answering heat with heat hands them control of the conversation."),
    OVER_EXPLAINING(
            "over-explaining",
            Kind.PROBLEM,
            "Over-explaining",
            "A long justification sounds defensive and gives them more to argue with."),
    CONCESSION(
            "concession",
            Kind.PROBLEM,
            "Giving ground",
            "Backing off your position under pressure teaches them that pressure works."),
    SARCASM(
            "sarcasm",
            Kind.PROBLEM,
            "Sarcasm",
            "A sarcastic line mocks them; they hear the contempt, not the words, and dig in."),
    ACCUSATION(
            "accusation",
            Kind.PROBLEM,
            "Accusation",
            "Telling them what is wrong with them turns the problem into a fight about them."),
    TANGENT(
            "tangent",
            Kind.PROBLEM,
            "Tangent or joke",
            "A joke or a change of subject while they are upset tells them their problem is not the priority."),
    REASK(
            "re-ask",
            Kind.PROBLEM,
            "Asked again",
            "Asking for something they already told you shows you were not listening."),
    BLAMING_OTHERS(
            "blaming-others",
            Kind.PROBLEM,
            "Blaming someone else",
            "Pointing at a colleague, the courier or another team sounds like an excuse; they want to know what you will do."),
    FALSE_HOPE(
            "false-hope",
            Kind.PROBLEM,
            "False hope",
            "A hopeful guess ('it usually gets approved') sounds like a promise and breaks trust when it fails."),
    NOT_FOLLOWING(
            "not-following",
            Kind.PROBLEM,
            "Lost the thread",
            "Saying you don't follow hands the work back to them; say what you did understand and ask about the one"
                    + " part that isn't clear."),
    DEFENSIVE(
            "defensive",
            Kind.PROBLEM,
            "Defending yourself",
            "Defending yourself makes the conversation about you; they hear that their problem has become your"
                    + " grievance."),
    SCOLDING(
            "scolding",
            Kind.PROBLEM,
            "Scolding",
            "Telling them how to behave puts you above them; they push back on the telling-off, not the problem."),
    UNANSWERED(
            "unanswered",
            Kind.PROBLEM,
            "Question left unanswered",
            "They asked you something and heard nothing back on it; they will ask again, more sharply."),
    CLOSING_WHILE_OPEN(
            "closing-while-open",
            Kind.PROBLEM,
            "Closing while it's open",
            "Wrapping up while their question or problem is still open tells them you want them gone."),
    MISSING_ACKNOWLEDGEMENT(
            "missing-acknowledgement",
            Kind.PROBLEM,
            "No acknowledgement",
            "Solving before acknowledging the impact leaves them feeling unheard."),
    MISSING_PARAPHRASE(
            "missing-paraphrase",
            Kind.PROBLEM,
            "No neutral summary",
            "Without a summary they cannot tell you understood, so they repeat themselves."),
    MISSING_QUESTION(
            "missing-question",
            Kind.PROBLEM,
            "No questions",
            "Solving without asking for the facts risks solving the wrong problem."),
    MISSING_NEXT_STEP(
            "missing-next-step",
            Kind.PROBLEM,
            "No next step",
            "Without a concrete next step the conversation ends in uncertainty."),
    MISSING_CLOSING_CHECK(
            "missing-closing-check",
            Kind.PROBLEM,
            "No closing check",
            "Not checking whether they are satisfied leaves loose ends you will hear about later."),
    UNSAID_KEY_POINT(
            "unsaid-key-point",
            Kind.PROBLEM,
            "Key point never said",
            "You came to say this and did not; the conversation cannot move without it."),

    ACKNOWLEDGEMENT(
            "acknowledgement",
            Kind.STRENGTH,
            "Acknowledged the impact",
            "Naming the impact early shows you heard them and lowers the temperature."),
    EMPATHY("empathy", Kind.STRENGTH, "Specific empathy", "Empathy tied to their situation sounds real, not scripted."),
    PARAPHRASE(
            "paraphrase",
            Kind.STRENGTH,
            "Neutral summary",
            "Saying their problem back in neutral words shows you understood and lets them correct you."),
    OPEN_QUESTION(
            "open-question", Kind.STRENGTH, "Open question", "An open question gets the facts and the real concern."),
    NEXT_STEP(
            "next-step",
            Kind.STRENGTH,
            "Clear next step",
            "A concrete next step with an owner and a time gives them something to hold on to."),
    BOUNDARY(
            "boundary",
            Kind.STRENGTH,
            "Respectful boundary",
            "A calm boundary keeps the conversation workable without escalating."),
    CLEAR_LIMIT(
            "clear-limit",
            Kind.STRENGTH,
            "Honest limit",
            "Saying plainly what you can and cannot do builds more trust than a vague maybe."),
    CLOSING_CHECK(
            "closing-check",
            Kind.STRENGTH,
            "Closing check",
            "Checking whether anything is left makes sure the conversation is really done."),
    KEY_POINT_MADE(
            "key-point-made", Kind.STRENGTH, "Said what you came to say", "You got your point across in plain words.");

    /** Whether a finding is something to fix or to reuse. */
    public enum Kind {
        PROBLEM,
        STRENGTH
    }

    private final String id;
    private final Kind kind;
    private final String title;
    private final String why;

    FindingCategory(String id, Kind kind, String title, String why) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.why = why;
    }

    /** Returns the identifier used in reports. */
    public String id() {
        return id;
    }

    /** Returns whether this is a problem or a strength. */
    public Kind kind() {
        return kind;
    }

    /** Returns a short human title. */
    public String title() {
        return title;
    }

    /** Returns why it matters, in one sentence. */
    public String why() {
        return why;
    }

    /** Returns whether this category is a problem to fix. */
    public boolean isProblem() {
        return kind == Kind.PROBLEM;
    }

    /**
     * Returns whether this problem is a jab at the other person (a dismissal, blame, talking down, a label, heat,
     * sarcasm, an accusation, blame passed on): what stings, as opposed to a habit that only weakens a line.
     */
    public boolean isJab() {
        return switch (this) {
            case DISMISSAL, BLAME, CONDESCENSION, JUDGEMENTAL_FRAMING, REACTIVE, SARCASM, ACCUSATION, BLAMING_OTHERS ->
                true;
            default -> false;
        };
    }

    /** Finds the category with this identifier. */
    public static Optional<FindingCategory> byId(String id) {
        for (FindingCategory c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
