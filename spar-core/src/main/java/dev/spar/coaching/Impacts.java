package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import java.util.Map;

/** What each finding does to the skill scores, and the advice it turns into for the next run. */
final class Impacts {
    private Impacts() {}

    /** Returns the points each skill gains (positive) or loses (negative) for one finding. */
    static Map<Skill, Integer> of(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> Map.of(Skill.COMPOSURE, -15, Skill.EMPATHY, -15);
            case BLAME -> Map.of(Skill.COMPOSURE, -15, Skill.EMPATHY, -10);
            case POLICY_FIRST -> Map.of(Skill.EMPATHY, -12, Skill.STRUCTURE, -8);
            case CONDESCENSION -> Map.of(Skill.COMPOSURE, -10, Skill.EMPATHY, -10);
            case OVER_PROMISE -> Map.of(Skill.COMMITMENTS, -20);
            case GUESSING -> Map.of(Skill.COMMITMENTS, -12, Skill.CLARITY, -6);
            case JUDGEMENTAL_FRAMING -> Map.of(Skill.LISTENING, -12, Skill.COMPOSURE, -6);
            case CANNED_EMPATHY -> Map.of(Skill.EMPATHY, -10);
            case OVER_APOLOGY -> Map.of(Skill.ASSERTIVENESS, -12);
            case HEDGING -> Map.of(Skill.ASSERTIVENESS, -10, Skill.CLARITY, -6);
            case REACTIVE -> Map.of(Skill.COMPOSURE, -20);
            case OVER_EXPLAINING -> Map.of(Skill.CLARITY, -10, Skill.LISTENING, -4);
            case CONCESSION -> Map.of(Skill.ASSERTIVENESS, -15, Skill.GOAL, -8);
            case SARCASM -> Map.of(Skill.COMPOSURE, -15, Skill.EMPATHY, -8);
            case ACCUSATION -> Map.of(Skill.COMPOSURE, -18, Skill.EMPATHY, -8);
            case TANGENT -> Map.of(Skill.LISTENING, -10, Skill.STRUCTURE, -6);
            case REASK -> Map.of(Skill.LISTENING, -12);
            case BLAMING_OTHERS -> Map.of(Skill.COMMITMENTS, -10, Skill.COMPOSURE, -6);
            case FALSE_HOPE -> Map.of(Skill.COMMITMENTS, -15, Skill.CLARITY, -4);
            case NOT_FOLLOWING -> Map.of(Skill.LISTENING, -12, Skill.CLARITY, -4);
            case DEFENSIVE -> Map.of(Skill.COMPOSURE, -15, Skill.EMPATHY, -6);
            case SCOLDING -> Map.of(Skill.COMPOSURE, -15, Skill.EMPATHY, -8);
            case UNANSWERED -> Map.of(Skill.LISTENING, -12, Skill.CLARITY, -6);
            case CLOSING_WHILE_OPEN -> Map.of(Skill.LISTENING, -10, Skill.STRUCTURE, -8);
            case MISSING_ACKNOWLEDGEMENT -> Map.of(Skill.EMPATHY, -20, Skill.STRUCTURE, -6);
            case MISSING_PARAPHRASE -> Map.of(Skill.LISTENING, -15);
            case MISSING_QUESTION -> Map.of(Skill.LISTENING, -15, Skill.STRUCTURE, -6);
            case MISSING_NEXT_STEP -> Map.of(Skill.CLARITY, -18, Skill.STRUCTURE, -6);
            case MISSING_CLOSING_CHECK -> Map.of(Skill.STRUCTURE, -10);
            case UNSAID_KEY_POINT -> Map.of(Skill.GOAL, -25, Skill.ASSERTIVENESS, -8);
            case ACKNOWLEDGEMENT -> Map.of(Skill.EMPATHY, 15);
            case EMPATHY -> Map.of(Skill.EMPATHY, 10);
            case PARAPHRASE -> Map.of(Skill.LISTENING, 15, Skill.STRUCTURE, 4);
            case OPEN_QUESTION -> Map.of(Skill.LISTENING, 10, Skill.STRUCTURE, 4);
            case NEXT_STEP -> Map.of(Skill.CLARITY, 15, Skill.COMMITMENTS, 8, Skill.STRUCTURE, 4);
            case BOUNDARY -> Map.of(Skill.COMPOSURE, 10, Skill.ASSERTIVENESS, 10);
            case CLEAR_LIMIT -> Map.of(Skill.ASSERTIVENESS, 10, Skill.CLARITY, 8, Skill.COMMITMENTS, 6);
            case CLOSING_CHECK -> Map.of(Skill.STRUCTURE, 12);
            case KEY_POINT_MADE -> Map.of(Skill.GOAL, 15, Skill.ASSERTIVENESS, 5);
        };
    }

    /** Returns what to do differently next run about a problem. */
    static String advice(FindingCategory category) {
        return switch (category) {
            case DISMISSAL ->
                "Drop the brush-offs ('calm down', 'nothing I can do'): name what happened and its impact instead.";
            case BLAME -> "Describe what happened without assigning fault to them; make it a shared diagnosis.";
            case POLICY_FIRST ->
                "Acknowledge first, then review options; bring in the policy only as the reason for what you can offer.";
            case CONDESCENSION ->
                "Drop 'as I already explained' and 'it's simple': say it again plainly, as if for the first time.";
            case OVER_PROMISE ->
                "Promise the process, not the outcome: 'I will check and tell you by 3pm', not 'I guarantee it'.";
            case GUESSING -> "Separate what you know from what you will verify; say when they will hear back.";
            case JUDGEMENTAL_FRAMING ->
                "Describe their account in neutral words: 'you expected X and got Y', not 'you're claiming'.";
            case CANNED_EMPATHY ->
                "Tie empathy to their situation ('three days without a working laptop') instead of a stock line.";
            case OVER_APOLOGY -> "Apologise once, specifically, then move to what you will do.";
            case HEDGING -> "Say it plainly once, without 'just', 'maybe' or 'I guess'.";
            case REACTIVE -> "When they push, slow down: summarise, then set a calm boundary if you need one.";
            case OVER_EXPLAINING -> "Keep explanations to one or two sentences, then ask or offer the next step.";
            case CONCESSION -> "Decide beforehand what you will not give up, and restate it calmly when they push.";
            case SARCASM -> "When you feel the edge coming, say the plain version: what you see and what you need.";
            case ACCUSATION ->
                "Describe the behaviour and its effect ('we've gone round this twice'), not what they are.";
            case TANGENT -> "Save jokes and side topics for when the problem is settled; stay with what they came for.";
            case REASK -> "Keep a note of what they have told you and use it: 'You said it was TT-90417...'.";
            case BLAMING_OTHERS -> "Own it for your side: say what you will do, not whose fault it was.";
            case FALSE_HOPE ->
                "Say what is known and what is not, and when they will hear; don't forecast a happy ending.";
            case NOT_FOLLOWING -> "Say back what you did understand, then ask about the one part that isn't clear.";
            case DEFENSIVE -> "Leave yourself out of it: name their problem and say what happens next.";
            case SCOLDING -> "Don't tell them how to behave; name what you'll do, and set a boundary only for abuse.";
            case UNANSWERED -> "Answer what they asked first, even if the answer is 'I'll find out by three'.";
            case CLOSING_WHILE_OPEN -> "Answer what is still open, then check it is settled before you wrap up.";
            case MISSING_ACKNOWLEDGEMENT -> "Open by acknowledging the impact before you solve anything.";
            case MISSING_PARAPHRASE -> "Sum their problem up in neutral words and ask 'is that right?' before solving.";
            case MISSING_QUESTION -> "Ask for the facts (broad, then narrow) before offering a fix.";
            case MISSING_NEXT_STEP -> "End with a concrete next step: who does what, by when.";
            case MISSING_CLOSING_CHECK -> "Close by checking: 'Does that cover everything?'";
            case UNSAID_KEY_POINT -> "Say what you came to say, plainly, early enough that it can be discussed.";
            case ACKNOWLEDGEMENT,
                    EMPATHY,
                    PARAPHRASE,
                    OPEN_QUESTION,
                    NEXT_STEP,
                    BOUNDARY,
                    CLEAR_LIMIT,
                    CLOSING_CHECK,
                    KEY_POINT_MADE -> "Keep doing this: " + category.title().toLowerCase(java.util.Locale.ROOT) + ".";
        };
    }
}
