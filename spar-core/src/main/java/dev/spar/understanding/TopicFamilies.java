package dev.spar.understanding;

import java.util.List;
import java.util.Set;

/**
 * Families of words people use for the same kind of fact: a question about "what they charged" asks for a fee,
 * "how much is owing" for a balance, "who handles payments" for the accounts contact. A fact named by one
 * word of a family is described by all of them ({@link FactFinder}). Data, not logic: add a family here.
 */
final class TopicFamilies {
    private TopicFamilies() {}

    static final List<Set<String>> FAMILIES = List.of(
            // Money: charged, priced, paid in all, owed, earned, quoted, billed.
            Set.of("fee", "fees", "charge", "charged", "charges", "charging"),
            Set.of("cost", "costs", "price", "priced", "pricing"),
            Set.of("amount", "total", "altogether", "came", "taken", "took", "spent", "paid"),
            Set.of("balance", "owing", "owe", "owed", "outstanding", "arrears", "due"),
            Set.of("salary", "wage", "wages", "earn", "earning", "earnings", "paid"),
            Set.of("quote", "quoting", "quoted", "offered", "offering"),
            Set.of("invoice", "invoiced", "bill", "billed"),
            Set.of("accounts", "payments", "payment", "finance", "invoices", "chase", "pays"),
            Set.of("loss", "losing", "lost", "burning"),
            // Places.
            Set.of("address", "moved", "move", "live", "living", "flat", "house", "home"),
            Set.of("venue", "held", "place", "location", "happening"),
            Set.of("depot", "sitting", "stuck", "warehouse", "held"),
            // Times and counts.
            Set.of("current", "currently", "present", "now"),
            Set.of("timescale", "timeframe", "turnaround", "take", "takes"),
            Set.of("decision", "decide", "decided", "deciding", "answer", "hear"),
            Set.of("deadline", "latest", "cutoff", "back"),
            Set.of("breakeven", "break", "even", "profitable", "profit"),
            Set.of("staff", "people", "employees", "team", "rota", "headcount", "count"),
            Set.of("hold", "waiting", "wait", "queue", "stuck"),
            Set.of("seats", "seat", "licences", "licenses", "users"),
            Set.of("subscribers", "customers", "members", "subs", "signups"),
            Set.of("launch", "release", "live"),
            Set.of("suspension", "cut", "stopped", "off"),
            Set.of("renewal", "renew", "renewed", "renews"),
            Set.of("delivery", "arrive", "arrives", "arriving", "delivered"),
            Set.of("diagnostic", "diagnosis", "inspection"),
            Set.of("competitor", "switching", "moving", "provider", "elsewhere", "rival"),
            // People.
            Set.of("partner", "fiancee", "fiance", "wife", "husband", "girlfriend", "boyfriend"),
            Set.of("backup", "instead", "replacement", "stand"),
            Set.of("stag", "bachelor", "party"),
            Set.of("wedding", "married", "marry"));
}
