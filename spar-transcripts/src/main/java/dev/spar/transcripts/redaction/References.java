package dev.spar.transcripts.redaction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds order, account, ticket and other reference numbers: a context word ("order", "ticket", "booking ref",
 * "customer ID") followed by an identifier with a digit in it ("#A-55123", "4411", "QX7Z9P", "7712 3390").
 */
final class References {
    private static final String CONTEXT = "order|account|acct|ticket|case|reference|ref|booking|confirmation|conf"
            + "|invoice|inv|tracking|membership|member|customer|client|policy|claim|rma|return|reservation"
            + "|subscription|contract|transaction|receipt|parcel|shipment|consignment|loyalty|incident|request"
            + "|application|licen[cs]e|serial|voucher|coupon|refund|payment|card";
    private static final String LINK =
            "(?:\\s*(?:number|no\\.?|num\\.?|nr\\.?|id|#|code|ref(?:erence)?|is|was|:|=|-)\\b?)*";
    private static final String ID = "#?\\s?(\\d{2,4}(?: \\d{2,4}){1,3}(?![\\d\\-])|[A-Z0-9]+(?:[\\-/][A-Z0-9]+)*)";
    private static final Pattern REFERENCE =
            Pattern.compile("(?i)(?<![\\p{L}])(?:" + CONTEXT + ")(?:'s)?" + LINK + "\\s*" + ID + "(?![\\p{L}\\d\\-])");

    /**
     * An identifier shaped like one without a context word: two to four capitals and five or more digits, with or
     * without a dash ("It's SD-448213", "TT90417"). Product models mix letters after the digits ("WH-1000XM4")
     * and standards have fewer digits ("ISO-9001"), so neither is taken.
     */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d\\-])([A-Z]{2,4}-?\\d{5,})(?![\\p{L}\\d\\-])");

    private References() {}

    static void find(String text, List<Span> out) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String id = m.group(1);
            if (plausible(id)) {
                out.add(new Span(
                        m.start(1),
                        m.end(1),
                        PiiType.REFERENCE,
                        id.toUpperCase(Locale.ROOT).replace(" ", "")));
            }
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            int start = code.start(1);
            if (out.stream().noneMatch(s -> s.type() == PiiType.REFERENCE && s.start() <= start && start < s.end())) {
                out.add(new Span(start, code.end(1), PiiType.REFERENCE, code.group(1)));
            }
        }
    }

    /** An identifier has a digit and four or more characters; "3" in "order 3 more" is a quantity. */
    private static boolean plausible(String id) {
        String compact = id.replaceAll("[\\s\\-/]", "");
        long digits = compact.chars().filter(Character::isDigit).count();
        return digits >= 1 && compact.length() >= 4 && !(digits == compact.length() && compact.length() < 4);
    }
}
