package dev.spar.web.conversations;

/** Real-looking support chats for the tests, written for them. */
public final class Chats {
    private Chats() {}

    /** An agent who blames the customer, then recovers; the customer gives an email address. */
    public static final String BLAMING = """
            Customer: My order never came and I've been waiting three weeks. This is ridiculous.
            Agent: Well, you should have read the delivery terms before ordering.
            Customer: Are you serious? I want my money back. Write to me at jo.bloggs@example.com
            Agent: I'm sorry, that's frustrating. Could you confirm your order number? I'll check it and email you today.
            Customer: OK thanks, it's 55123.
            """;

    /** An agent turn with three problems at once: a stock line, a dismissal and the rule first. */
    public static final String POLICY = """
            Customer: My order was due Tuesday and it still isn't here. I need it for Saturday.
            Agent: I understand. Unfortunately there's nothing I can do about courier delays, that's our policy
            Customer: seriously? so I just wait and hope?
            """;

    /** A file that is not a conversation at its second line. */
    public static final String BROKEN = "\nthis line names nobody\nCustomer: hello\n";
}
