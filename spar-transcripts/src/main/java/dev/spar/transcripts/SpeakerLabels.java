package dev.spar.transcripts;

import java.util.Locale;
import java.util.Set;

/**
 * The words of speaker labels that name a side rather than a person ("Support", "Acme Ltd", "Customer"), shared
 * by role inference (which side) and redaction (a label without a person's name in it is kept as it is).
 */
public final class SpeakerLabels {
    private static final Set<String> AGENT_WORDS = Set.of(
            "agent",
            "support",
            "rep",
            "representative",
            "advisor",
            "adviser",
            "service",
            "helpdesk",
            "desk",
            "team",
            "care",
            "bot",
            "assistant",
            "staff",
            "operator",
            "specialist",
            "concierge",
            "inc",
            "ltd",
            "llc",
            "gmbh",
            "co",
            "company",
            "store",
            "shop",
            "helpline",
            "csr",
            "admin",
            "system");
    private static final Set<String> CUSTOMER_WORDS = Set.of(
            "customer",
            "client",
            "caller",
            "user",
            "guest",
            "visitor",
            "member",
            "end-user",
            "buyer",
            "me",
            "lead",
            "contact");

    private SpeakerLabels() {}

    /** Returns whether the word (any case) names the agent's side: "support", "agent", "ltd". */
    public static boolean agentWord(String word) {
        return AGENT_WORDS.contains(normal(word));
    }

    /** Returns whether the word (any case) names the customer's side: "customer", "caller". */
    public static boolean customerWord(String word) {
        return CUSTOMER_WORDS.contains(normal(word));
    }

    /** Returns whether the word names a side or a role, not a person. */
    public static boolean sideWord(String word) {
        return agentWord(word) || customerWord(word);
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }
}
