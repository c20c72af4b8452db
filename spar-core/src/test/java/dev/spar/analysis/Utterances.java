package dev.spar.analysis;

import java.util.ArrayList;
import java.util.List;

/** Learner turns for analysis tests, and short ways to analyse them with or without context. */
final class Utterances {

    private static final Analyzer ANALYZER = new RuleAnalyzer();

    /** Hand-written turns, good and bad, used by the tests that check properties of every analysis. */
    static final List<String> CORPUS = List.of(
            "Hi, thanks for calling. Can I have your order number, please?",
            "Calm down, there's nothing I can do.",
            "Let's find a calm way forward together.",
            "That's not our fault. You should have ordered earlier.",
            "I hear how frustrating this has been. So the main issue is the missing invoice, is that right?",
            "Can you walk me through what happened after the engineer left?",
            "Is the screen cracked or just scratched?",
            "We don't do refunds.",
            "That is against policy, and you agreed to the terms.",
            "That's a real inconvenience. The policy allows a repair here.",
            "It's on the website. As I already said, most customers understand this.",
            "It's really simple.",
            "I guarantee it will be fixed today.",
            "I can't guarantee that, but I can check with the warehouse now.",
            "I'm sure my manager will approve it, we can definitely make an exception.",
            "It'll probably arrive Thursday, that should be fine.",
            "You're claiming the heater broke after one day.",
            "You think we overcharged you.",
            "So you're angry because the engineer was late.",
            "I understand how you feel.",
            "I understand your frustration with the double charge, and I'm looking at it now.",
            "I apologize for any inconvenience.",
            "Sorry to bother you, I'm so sorry.",
            "I just think maybe we could sort of try again, if that's okay.",
            "I'm a little bit worried about the deadline, I guess.",
            "You're being rude. Whatever.",
            "Don't talk to me like that! I don't have to take this.",
            "Fine, I'll just give you the refund. Never mind.",
            "I guess I could stay a bit longer tonight.",
            "You're right, I'll drop it.",
            "I want to help, and I need us to keep this respectful.",
            "I'm going to pause this call now. We can continue when we can both stay calm.",
            "I'll check the courier's scan history and call you back by 3pm.",
            "Next, I'll send you a prepaid label.",
            "I can't approve that myself, but what I can do is escalate it today.",
            "Is there anything else I can help with today?",
            "Does that work for you?",
            "Have I covered everything you needed?",
            "What's your account number?",
            "Could you confirm the email address on the account?",
            "The reason is that the depot was short-staffed because of the storm, and since we lost power the"
                    + " orders backed up, which is why nothing shipped.",
            "I’m sure it’ll be fine, don’t worry.",
            "THAT IS NOT OUR FAULT!!! CALM DOWN.",
            "I do not have that information yet. I will check it and call you by noon.",
            "I can see why you would be worried about the deposit.",
            "I'd be frustrated too if my heating failed in January.",
            "I'm sorry you had to chase us three times for this.",
            "What kind of boiler do you have?",
            "It's kind of late to change the booking.",
            "Whatever you need, I'm here to help.",
            "Maybe I can make an exception this time.",
            "Okay, forget it.",
            "Why didn't you read the confirmation email?",
            "Do you think we could try a replacement instead?",
            "I was wondering if maybe I could get a raise this year.",
            "I'm not willing to keep working unpaid weekends.",
            "You said the agent told you it would \"probably\" be refunded. Who was that?",
            "Sorry? I didn't catch that.",
            "So, to recap, the screen cracked on day two and nobody replied to your two emails.",
            "Dr. Patel's clinic got the letter. It was sent 3.5 weeks ago.",
            "We're sorry for any inconvenience this may have caused. We value your business.",
            "I won't promise a date until I've checked with the team.",
            "It's easy to fix, I'll do it for you now.",
            "How does that sound?",
            "Don't forget it's still covered by the warranty.");

    private Utterances() {}

    /** Analyses a turn with nothing said before it. */
    static UtteranceAnalysis analyze(String utterance) {
        return ANALYZER.analyze(utterance, AnalysisContext.none());
    }

    /** Analyses a turn that answers the counterpart's line. */
    static UtteranceAnalysis analyzeAfter(String counterpartLine, String utterance) {
        return ANALYZER.analyze(utterance, new AnalysisContext(counterpartLine, List.of()));
    }

    /** Analyses the learner's turns of one conversation in order and returns the analysis of each. */
    static List<UtteranceAnalysis> analyzeTurns(String... turns) {
        List<UtteranceAnalysis> analysed = new ArrayList<>();
        for (String turn : turns) {
            analysed.add(ANALYZER.analyze(turn, new AnalysisContext("", analysed)));
        }
        return analysed;
    }

    /** Returns the quotes of the flags of one category, in order. */
    static List<String> flagged(UtteranceAnalysis analysis, FindingCategory category) {
        return analysis.flags().stream()
                .filter(f -> f.category() == category)
                .map(Flag::quote)
                .toList();
    }

    /** Returns the quotes of the evidence for one move, in order. */
    static List<String> moved(UtteranceAnalysis analysis, Move move) {
        return analysis.moves().stream()
                .filter(m -> m.move() == move)
                .map(MoveEvidence::quote)
                .toList();
    }

    /** Asserts that the line, read on its own, is flagged for the habit. */
    static void assertFlags(String line, FindingCategory habit) {
        org.assertj.core.api.Assertions.assertThat(flagged(analyze(line), habit))
                .as(line)
                .isNotEmpty();
    }

    /** Asserts that the line, read on its own, is not flagged for the habit. */
    static void assertNotFlagged(String line, FindingCategory habit) {
        org.assertj.core.api.Assertions.assertThat(flagged(analyze(line), habit))
                .as(line)
                .isEmpty();
    }
}
