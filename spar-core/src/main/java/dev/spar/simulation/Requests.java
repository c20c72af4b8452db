package dev.spar.simulation;

import dev.spar.scenario.Scenario;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the learner asks the other person to do, put as a question: "could you send a text the day before?",
 * "would you mind texting first?", "how about you text me in the morning?". Between family, friends, colleagues
 * and clients that is a request put on the table, to be taken up, pushed back on or countered, not a question to
 * answer with whatever they have to say. A request for information ("could you tell me...") stays a question, and
 * so does anything a support agent asks a customer, which is how they find out the facts.
 */
final class Requests {
    private Requests() {}

    /** A request opening a sentence that ends with a question mark; what follows the lead is what is asked. */
    private static final Pattern REQUEST = Pattern.compile("(?i)(?:^|(?<=[.!?;,]\\s{0,3}))\\s*"
            + "(?:(?:so|and|but|then|ok|okay|well|look|now|honestly|maybe|instead),?\\s+)*"
            + "(?:would\\s+you\\s+(?:mind|be\\s+(?:ok|okay|happy|willing|open|fine|alright|prepared)\\s+(?:with|to))"
            + "|(?:could|can|would|will)\\s+(?:you|u)(?:\\s+(?:please|maybe|perhaps|just|possibly|at least|try to|try and))*"
            + "|(?:how|what)\\s+about\\s+(?:if\\s+)?(?:you|we)"
            + "|what\\s+if\\s+you"
            + "|(?:is\\s+it|would\\s+it\\s+be)\\s+(?:ok|okay|alright|possible)\\s+(?:if|for)\\s+(?:you|we)"
            + "|(?:could|can)\\s+we(?:\\s+(?:please|maybe|perhaps|just|try to))*)"
            + "\\s+([^?.!]+?)\\s*\\?");

    /**
     * What follows a lead without asking them to do something: finding out ("tell me", "explain"), talking it over
     * ("can we talk"), or a question about what they think or can do ("can you see why").
     */
    private static final Pattern NOT_A_REQUEST = Pattern.compile("(?i)^(?:please\\s+)?(?:tell|explain|say|give\\s+me"
            + "|confirm|spell|read|repeat|clarify|describe|remind|walk\\s+me|help\\s+me\\s+understand|let\\s+me\\s+know"
            + "|check|look|share|show\\s+me|send\\s+me\\s+(?:the|a|your)|talk|chat|discuss|speak|sit\\s+down|go\\s+over"
            + "|go\\s+through|think|imagine|see|hear|understand|believe|remember|recall|guess|be\\s+honest|answer"
            + "|agree\\s+that|accept\\s+that|not\\s+see|really|honestly|actually|do\\s+that\\b|do\\s+this\\b"
            + "|afford|manage|cope|blame|you\\b|u\\b|i\\b|that\\b|it\\b|this\\b)");

    /**
     * The ask said as a statement ("I'm asking for 82k", "What I need is for you to call before you come over", "all
     * I'm asking is that you flag it"): what follows is what is asked, up to the end of the sentence.
     */
    private static final Pattern STATED = Pattern.compile("(?i)(?:^|(?<=[.!?;]\\s{0,3}))\\s*"
            + "(?:(?:so|and|but|ok|okay|well|look|honestly|basically|really),?\\s+)*"
            + "(?:(?:i'm|im|i am)\\s+(?:just\\s+|really\\s+|only\\s+)?asking(?:\\s+(?:you|u))?\\s+(?:for|to)"
            + "|(?:what|all)\\s+(?:i'm|im|i am)\\s+(?:really\\s+)?asking(?:\\s+(?:you|u))?(?:\\s+for)?\\s+is(?:\\s+(?:for|that))?"
            + "|what\\s+i\\s+(?:really\\s+)?(?:need|want)(?:\\s+from\\s+(?:you|u))?\\s+is(?:\\s+(?:for|that))?"
            + "|what\\s+(?:i'd|i\\s+would)\\s+(?:really\\s+)?like(?:\\s+from\\s+(?:you|u))?\\s+is(?:\\s+(?:for|that))?)"
            + "\\s+([^.!?;]+?)\\s*(?=[.!?;]|$)");

    /** "you to call", "that you call": the person asked, before what they are asked to do. */
    private static final Pattern YOU_TO = Pattern.compile("(?i)^(?:(?:you|u)\\s+)?(?:to\\s+)?");

    /** A lead that asks them to do something together: "how about we", "could we". */
    private static final Pattern WE_LEAD = Pattern.compile("\\bwe\\b[\\w\\s]*$");

    /**
     * Returns what the learner asks them to do in this line, from the learner's side ("send a text the day before"),
     * or empty when the line asks nothing of them or the scenario is a support conversation.
     */
    static Optional<Request> in(String line, Scenario scenario) {
        if (scenario.category() == Scenario.Category.CUSTOMER_SERVICE) {
            return Optional.empty();
        }
        Matcher m = REQUEST.matcher(line);
        while (m.find()) {
            String what = m.group(1).strip().replaceAll("(?i)[,\\s]+(?:please|for me|for us|then|instead)$", "");
            if (!what.isEmpty() && !NOT_A_REQUEST.matcher(what).find()) {
                String lead = line.substring(m.start(), m.start(1)).toLowerCase(Locale.ROOT);
                boolean together = WE_LEAD.matcher(lead).find();
                return Optional.of(new Request(what, together));
            }
        }
        Matcher stated = STATED.matcher(line);
        if (stated.find()) {
            String what = YOU_TO.matcher(stated.group(1).strip()).replaceFirst("");
            if (!what.isEmpty() && !NOT_A_REQUEST.matcher(what).find()) {
                return Optional.of(new Request(what, false));
            }
        }
        return Optional.empty();
    }

    /**
     * A request put to them.
     *
     * @param what what they are asked to do, in the learner's words ("text me the day before")
     * @param together whether it is something both would do ("how about we meet on Sundays?")
     */
    record Request(String what, boolean together) {}
}
