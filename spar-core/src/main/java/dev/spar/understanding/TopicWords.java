package dev.spar.understanding;

import java.util.Map;
import java.util.Set;

/** How people shorten or swap the words that name a topic ("order no", "ref number", "zip code"). */
final class TopicWords {
    private TopicWords() {}

    /** For a word in a topic's name, other words that stand for it. */
    static final Map<String, Set<String>> STAND_INS = Map.ofEntries(
            Map.entry("number", Set.of("no", "num", "nr", "#", "nbr", "numb", "ref", "reference", "id")),
            Map.entry("reference", Set.of("ref", "reference")),
            Map.entry("account", Set.of("acct", "acc", "a/c")),
            Map.entry("address", Set.of("addr", "addy")),
            Map.entry("postcode", Set.of("zip", "zipcode", "post code")),
            Map.entry("telephone", Set.of("phone", "tel", "mobile", "cell")),
            Map.entry("phone", Set.of("tel", "mobile", "cell", "telephone")),
            Map.entry("email", Set.of("e-mail", "mail")),
            Map.entry("information", Set.of("info", "details")),
            Map.entry("appointment", Set.of("appt", "booking")),
            Map.entry("identification", Set.of("id")),
            Map.entry("tracking", Set.of("track", "tracker")),
            Map.entry("delivery", Set.of("shipping", "shipment")),
            Map.entry("date", Set.of("day")),
            Map.entry("salary", Set.of("pay", "wage", "wages")),
            Map.entry("amount", Set.of("sum", "total", "figure")));

    /**
     * Words too common to tell what a line is about; left out when comparing lines. Time words and praise are
     * here too: "how's your week been" is small talk in any scenario.
     */
    static final Set<String> COMMON = Set.of("""
            about again also been before being could didn does doesn doing done earlier from going have just
            know like mentioned really said should some than that their them then there these they thing think
            this those told very want were what when where which will with would your yours it's that's you're
            i'm don't can't won't here okay right sure well yeah still back only much more make made need says
            time good nice great lovely best last night week weekend today morning evening year month plans
            seen catch watch having
            """.strip().split("\\s+"));

    /** How far a word may be from a topic word and still name it: one edit for words of five letters or more. */
    static final int MIN_LENGTH_FOR_A_TYPO = 5;
}
