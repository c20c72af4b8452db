package dev.spar.transcripts.redaction;

import java.util.Locale;

/** A kind of personal data that redaction replaces. */
public enum PiiType {
    /** A person's name. */
    NAME("NAME"),
    /** An email address. */
    EMAIL("EMAIL"),
    /** A phone number, in digits or in words. */
    PHONE("PHONE"),
    /** A payment card number (Luhn-checked). */
    CARD("CARD"),
    /** An international bank account number (mod-97 checked). */
    IBAN("IBAN"),
    /** A street address: house number and street. */
    ADDRESS("ADDRESS"),
    /** An order, account, ticket, booking or other reference number. */
    REFERENCE("REF"),
    /** A web address. */
    URL("URL"),
    /** An IPv4 or IPv6 address. */
    IP("IP");

    private final String label;

    PiiType(String label) {
        this.label = label;
    }

    /** Returns the identifier used in reports and JSON: "name", "email", "reference". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the n-th placeholder of this type in a conversation: "[NAME-1]", "[EMAIL-2]", "[REF-1]". */
    public String placeholder(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("placeholders count from 1: " + n);
        }
        return "[" + label + "-" + n + "]";
    }
}
