package dev.spar.assist;

import java.util.List;
import java.util.Optional;

/**
 * The customer's own words that phrasings and rewrites reuse, already turned towards them ("your order",
 * "three weeks", "by Friday").
 *
 * @param topic what it is about ("your order"), or empty
 * @param duration how long it has gone on ("three weeks", "since Monday"), or empty
 * @param repeat how often they have had to raise it ("three times"), or empty
 * @param deadline what it is needed by or for ("by Friday", "for your daughter's birthday"), or empty
 * @param occasion what it is needed for, when they said it ("for your daughter's birthday"), even if a later line
 *     gave only a day ("before Saturday"), or empty
 * @param complaint their main complaint as one clause, turned towards them ("your order still hasn't
 *     arrived"), or empty
 * @param complaintAboutThem the same clause as a note puts it ("their order still hasn't arrived"), or empty
 * @param asks what they asked for, turned towards them ("your money back")
 * @param asksAboutThem the same, as a note puts it ("their money back")
 * @param waiting whether the complaint is about waiting or a delay
 * @param technical whether something stopped working, so what they tried matters
 */
record CustomerWords(
        Optional<String> topic,
        Optional<String> duration,
        Optional<String> repeat,
        Optional<String> deadline,
        Optional<String> occasion,
        Optional<String> complaint,
        Optional<String> complaintAboutThem,
        List<String> asks,
        List<String> asksAboutThem,
        boolean waiting,
        boolean technical) {

    CustomerWords {
        asks = List.copyOf(asks);
        asksAboutThem = List.copyOf(asksAboutThem);
    }

    static CustomerWords none() {
        return new CustomerWords(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                false,
                false);
    }

    /** Returns the topic, or "this" when they have not named one. */
    String topicOrThis() {
        return topic.orElse("this");
    }

    /** Returns the first thing they asked for, if any. */
    Optional<String> firstAsk() {
        return asks.stream().findFirst();
    }
}
