package dev.spar.transcripts.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTests {
    private final Redactor redactor = new Redactor();

    private static Transcript chat(Utterance... turns) {
        return Transcript.of("chat.txt", List.of(turns));
    }

    @Test
    void replacesEmailsUrlsAndPhoneNumbersWithNumberedPlaceholders() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "Mail me at jo.king@example.com or call +44 20 7946 0958."),
                Utterance.of("Agent", Role.AGENT, "Done, see https://help.example.com/returns?id=9 for the form.")));

        assertThat(r.transcript().turns().get(0).text()).isEqualTo("Mail me at [EMAIL-1] or call [PHONE-1].");
        assertThat(r.transcript().turns().get(1).text()).isEqualTo("Done, see [URL-1] for the form.");
        assertThat(r.counts())
                .containsEntry(PiiType.EMAIL, 1)
                .containsEntry(PiiType.PHONE, 1)
                .containsEntry(PiiType.URL, 1);
    }

    @Test
    void aCodeShapedReferenceIsHiddenWithoutAContextWordAndKeepsItsPlaceholder() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Agent", Role.AGENT, "Can you confirm your order number?"),
                Utterance.of("Customer", Role.CUSTOMER, "It's SD-448213. The headphones are the WH-1000XM4."),
                Utterance.of("Agent", Role.AGENT, "Thanks, order SD-448213 is with the courier.")));

        assertThat(r.transcript().turns().get(1).text()).isEqualTo("It's [REF-1]. The headphones are the WH-1000XM4.");
        assertThat(r.transcript().turns().get(2).text()).isEqualTo("Thanks, order [REF-1] is with the courier.");
    }

    @Test
    void theSameItemKeepsItsPlaceholderThroughoutEvenWrittenDifferently() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "My number is (415) 555-0132, or jo@example.com."),
                Utterance.of(
                        "Agent",
                        Role.AGENT,
                        "So 415-555-0132 and JO@example.com? And a second one, ann@example.org?")));

        assertThat(r.transcript().turns().get(1).text())
                .isEqualTo("So [PHONE-1] and [EMAIL-1]? And a second one, [EMAIL-2]?");
        assertThat(r.counts()).containsEntry(PiiType.EMAIL, 2).containsEntry(PiiType.PHONE, 1);
    }

    @Test
    void speakerNamesBecomeTheSamePlaceholderAsTheirMentions() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Maria Lopez", Role.CUSTOMER, "Hello?"),
                Utterance.of("Agent Sam", Role.AGENT, "Hi Maria, I'm Sam."),
                Utterance.of("Maria Lopez", Role.CUSTOMER, "Thanks Sam.")));

        List<Utterance> turns = r.transcript().turns();
        assertThat(turns.get(0).speaker()).isEqualTo("[NAME-1]");
        assertThat(turns.get(1).speaker()).isEqualTo("Agent [NAME-2]");
        assertThat(turns.get(1).text()).isEqualTo("Hi [NAME-1], I'm [NAME-2].");
        assertThat(turns.get(2).text()).isEqualTo("Thanks [NAME-2].");
        assertThat(r.counts()).containsEntry(PiiType.NAME, 2);
    }

    @Test
    void leavesPricesDatesAndTimesAlone() {
        String line = "It cost $1,299.00 on 12/03/2025 at 10:45, order of 3 items.";
        Redacted r = redactor.redact(
                chat(Utterance.of("Customer", Role.CUSTOMER, line), Utterance.of("Agent", Role.AGENT, "OK.")));

        assertThat(r.transcript().turns().getFirst().text()).isEqualTo(line);
        assertThat(r.counts()).isEmpty();
    }

    @Test
    void aPhoneNumberBrokenOverALineIsHiddenWholeButAVersionIsNotANumber() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "My number is 07700 900\n461, sorry it sent early"),
                Utterance.of("Agent", Role.AGENT, "Thanks. Does it say firmware 4.12.555.019 on the screen?")));

        assertThat(r.transcript().turns())
                .extracting(Utterance::text)
                .containsExactly(
                        "My number is [PHONE-1], sorry it sent early",
                        "Thanks. Does it say firmware 4.12.555.019 on the screen?");
        assertThat(r.counts()).containsOnlyKeys(PiiType.PHONE);
    }

    @Test
    void namesTypedInLowerCaseAfterAnIntroductionOrThanksKeepTheirPersonsPlaceholder() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "this is padraig, I rang yesterday about the boiler"),
                Utterance.of("Agent", Role.AGENT, "Hello Padraig, I can see your call. Best wishes,\nAna"),
                Utterance.of("Customer", Role.CUSTOMER, "ok thanks so much ana! Best wishes to you too")));

        assertThat(r.transcript().turns())
                .extracting(Utterance::text)
                .containsExactly(
                        "this is [NAME-1], I rang yesterday about the boiler",
                        "Hello [NAME-1], I can see your call. Best wishes,\n[NAME-2]",
                        "ok thanks so much [NAME-2]! Best wishes to you too");
        assertThat(r.counts()).containsEntry(PiiType.NAME, 2);
    }

    @Test
    void numbersThatAreNotDialledStayAsWritten() {
        List<String> lines = List.of(
                "The article number is 201.264.19 and the barcode 5012345678900.",
                "ISBN 978-0-306-40615-7, about 1500-2000 words.",
                "My Windows is 10.0.19045.3693.");

        for (String line : lines) {
            assertThat(redactor.find(line)).as(line).isEmpty();
        }
        assertThat(redactor.find("US office +1.212.555.0190"))
                .extracting(Span::type)
                .containsExactly(PiiType.PHONE);
    }

    @Test
    void aStateATeamOrAContractionIsNotTakenForAName() {
        List<String> lines = List.of(
                "I'm Canadian, by the way.",
                "It's Broken.",
                "Cheers, Northwind Support",
                "Ive been waiting since Monday.",
                "Same here, Would you check?");

        for (String line : lines) {
            assertThat(redactor.find(line)).as(line).isEmpty();
        }
        assertThat(redactor.find("Thanks!\nNiamh")).extracting(Span::type).containsExactly(PiiType.NAME);
        assertThat(redactor.find("I'm Yolanda, the account holder."))
                .extracting(Span::type)
                .containsExactly(PiiType.NAME);
    }

    @Test
    void aColleagueTheAgentNamesIsHiddenButACompanyAskedIsNot() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "Why was I charged twice?"),
                Utterance.of("Agent", Role.AGENT, "I'll ask Mike in billing and check with Priya in returns."),
                Utterance.of("Agent", Role.AGENT, "If Mike can't, I'll pass this to Zbigniew, and I've cc'd Anwen.")));

        assertThat(r.transcript().turns().get(1).text())
                .isEqualTo("I'll ask [NAME-1] in billing and check with [NAME-2] in returns.");
        assertThat(r.transcript().turns().get(2).text())
                .isEqualTo("If [NAME-1] can't, I'll pass this to [NAME-3], and I've cc'd [NAME-4].");
        for (String line : List.of(
                "I'll ask Amazon to refund it.", "I'll check with Royal Mail now.", "I'll ask Billing to look.")) {
            assertThat(redactor.find(line)).as(line).isEmpty();
        }
    }

    @Test
    void placeholdersAreNumberedFromOne() {
        assertThat(PiiType.REFERENCE.placeholder(1)).isEqualTo("[REF-1]");
        assertThat(PiiType.NAME.placeholder(3)).isEqualTo("[NAME-3]");
    }

    @Test
    void aNameGreetedLaterIsHiddenWhereItWasMentionedBeforeWithTheSamePlaceholder() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "Derek said I would get a refund."),
                Utterance.of("Agent", Role.AGENT, "I'm sorry, Derek is off today. Thanks, Priya, I'll check."),
                Utterance.of("Customer", Role.CUSTOMER, "Hi again, it's Priya.")));

        assertThat(r.transcript().turns().get(0).text()).isEqualTo("[NAME-1] said I would get a refund.");
        assertThat(r.transcript().turns().get(1).text())
                .isEqualTo("I'm sorry, [NAME-1] is off today. Thanks, [NAME-2], I'll check.");
        assertThat(r.transcript().turns().get(2).text()).isEqualTo("Hi again, it's [NAME-2].");
    }

    @Test
    void hidesCardsIbansAddressesAndReferencesButNotLookalikes() {
        Redacted r = redactor.redact(chat(
                Utterance.of(
                        "Customer",
                        Role.CUSTOMER,
                        "Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32,"
                                + " order #A-55123, and I live at 12 Baker Street."),
                Utterance.of(
                        "Agent",
                        Role.AGENT,
                        "Noted. Your card 4111-1111-1111-1111 is the one on order A-55123;"
                                + " 4111 1111 1111 1112 is not a card number.")));

        assertThat(r.transcript().turns().get(0).text())
                .isEqualTo("Card [CARD-1], IBAN [IBAN-1], order #[REF-1], and I live at [ADDRESS-1].");
        assertThat(r.transcript().turns().get(1).text())
                .isEqualTo(
                        "Noted. Your card [CARD-1] is the one on order [REF-1]; 4111 1111 1111 1112 is not a card number.");
        assertThat(r.counts())
                .containsEntry(PiiType.CARD, 1)
                .containsEntry(PiiType.IBAN, 1)
                .containsEntry(PiiType.REFERENCE, 1)
                .containsEntry(PiiType.ADDRESS, 1);
    }

    @Test
    void numbersSaidInWordsAreHidden() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Caller", Role.CUSTOMER, "It's four one five, five five five, zero one nine eight."),
                Utterance.of("Agent", Role.AGENT, "Thank you. I will call you back in May.")));

        assertThat(r.transcript().turns().get(0).text()).isEqualTo("It's [PHONE-1].");
        assertThat(r.transcript().turns().get(1).text()).isEqualTo("Thank you. I will call you back in May.");
    }

    @Test
    void phoneNumbersAsPeopleTypeAndSayThemAreHiddenWhole() {
        List<String> said = List.of(
                "call 0161\u2013496\u20130734 after six",
                "copied from the site: 0161\u00a0496\u00a00735",
                "Festnetz 030 / 901 820 36",
                "From the US dial 011 44 20 7946 0737",
                "it's oh one six one, four nine six, oh seven thirty eight",
                "Seven seven zero zero... nine zero zero... seven three nine.",
                "plus four four seven seven zero zero nine zero zero seven four zero",
                "one eight hundred, five five five, oh one four one");

        for (String line : said) {
            assertThat(redactor.find(line)).as(line).extracting(Span::type).containsExactly(PiiType.PHONE);
        }
        assertThat(redactor.redact(chat(Utterance.of("Caller", Role.CUSTOMER, "07700 900 742 / 07700 900 743 is fine")))
                        .transcript()
                        .turns()
                        .getFirst()
                        .text())
                .isEqualTo("[PHONE-1] / [PHONE-2] is fine");
    }

    @Test
    void anAreaOrCountryCodeSaidApartFromTheNumberIsHiddenWithItButACodeAloneIsNot() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Caller", Role.CUSTOMER, "It's five five five, oh one nine two, area code six one seven."),
                Utterance.of("Agent", Role.AGENT, "And from abroad?"),
                Utterance.of(
                        "Caller",
                        Role.CUSTOMER,
                        "Country code four four, then seven seven oh oh nine oh oh one two.")));

        assertThat(r.transcript().turns().get(0).text()).isEqualTo("It's [PHONE-1].");
        assertThat(r.transcript().turns().get(2).text()).isEqualTo("Country code [PHONE-2].");
        assertThat(redactor.find("It's five five five, oh one nine three. Area code three one two."))
                .singleElement()
                .satisfies(s -> assertThat(s.key()).isEqualTo("3125550193"));
        for (String line : List.of(
                "I'm in the four one five area code.",
                "The door code is four one five two.",
                "The country code is forty-four.")) {
            assertThat(redactor.find(line)).as(line).isEmpty();
        }
    }

    @Test
    void countsSaidInWordsAndDatesWithSpacesAreNotPhoneNumbers() {
        List<String> lines = List.of(
                "one hundred and twenty, two hundred, three hundred and fifty",
                "I've asked two, three, four times now, five if you count today.",
                "Tracking says 2 of 3 parcels, 14 12 2026.",
                "Pages 1204\u20131290 of the manual.");

        for (String line : lines) {
            assertThat(redactor.find(line)).as(line).isEmpty();
        }
    }

    @Test
    void anImportedTicketKeepsNoneOfItsPeoplesNamesOnceRedacted() {
        var imported = new dev.spar.transcripts.TranscriptReader()
                .read("ticket.json", dev.spar.transcripts.Samples.bytes("zendesk-ticket.json"));

        Redacted r = redactor.redact(imported.transcript());

        String all = r.transcript().turns().stream()
                .map(u -> u.speaker() + ": " + u.text())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(all).doesNotContain("Carmen", "Ruiz", "Felix", "Wagner");
        assertThat(r.transcript().turns())
                .extracting(Utterance::speaker)
                .containsExactly("[NAME-1]", "[NAME-2]", "[NAME-1]");
        assertThat(r.transcript().turns().get(1).text()).startsWith("Hi [NAME-1],");
    }

    @Test
    void aSpeakersNameTypedInLowerCaseAndAUserNameAreHiddenAndASideLabelKeepsItsSide() {
        Redacted r = redactor.redact(chat(
                Utterance.of("jdoe88", Role.CUSTOMER, "hi, jdoe88 here, is this support?"),
                Utterance.of("Marisol", Role.AGENT, "yes, marisol speaking. I hope you are well."),
                Utterance.of("customer 4401", Role.CUSTOMER, "thanks marisol")));

        List<Utterance> turns = r.transcript().turns();
        assertThat(turns).extracting(Utterance::speaker).containsExactly("[NAME-1]", "[NAME-2]", "customer [REF-1]");
        assertThat(turns.get(0).text()).isEqualTo("hi, [NAME-1] here, is this support?");
        assertThat(turns.get(1).text()).isEqualTo("yes, [NAME-2] speaking. I hope you are well.");
        assertThat(turns.get(2).text()).isEqualTo("thanks [NAME-2]");
    }

    @Test
    void theFileNameIsRedactedWithTheSamePlaceholders() {
        Redacted r = redactor.redact(Transcript.of(
                "chat-maria-lopez-ticket-4411.txt",
                List.of(
                        Utterance.of("Maria Lopez", Role.CUSTOMER, "About ticket 4411?"),
                        Utterance.of("Agent", Role.AGENT, "Yes."))));

        assertThat(r.transcript().source()).isEqualTo("chat-[NAME-1]-[NAME-1]-ticket-[REF-1].txt");
    }
}
