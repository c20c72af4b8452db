package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every library key point against lines a learner would type: a line that only names the point's topic ("I can see
 * the suit is stuck at the depot") must not count as making it, and the point said in everyday words, with typos
 * or synonyms, must. A cue that is a bare topic word credits "Said what you came to say" for a line that said
 * nothing of the kind.
 */
class KeyPointCuesTests {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    /** scenario | key point | + makes it, - only mentions its topic | the line. */
    private static final String LINES = """
            angry-delay | impact | - | Saturday deliveries are handled by a different team.
            angry-delay | impact | + | I get it, you need the suit for your brother's wedding on saturday and that's why this is such a big deal
            angry-delay | impact | + | I understand this is for the wedding this weekend, so the delay really matters
            angry-delay | impact | + | i know youre counting on having it for the weddding
            angry-delay | impact | + | I know the wedding is Saturday, and that's why I'm not letting this sit.
            angry-delay | impact | + | saturdays the weding, i get it has to be with you before then
            angry-delay | impact | - | Saturday is our busiest day for the couriers.
            angry-delay | confirmed-vs-uncertain | - | I'll confirm your address first.
            angry-delay | confirmed-vs-uncertain | + | Here's what we know for sure and what we don't know yet: it's at the depot, but I can't guarantee it'll be there by Saturday
            angry-delay | confirmed-vs-uncertain | + | I cant promise saturday, honestly, what's certain is it's at the depot, the rest is still unclear
            angry-delay | options | - | Hi, I'm so sorry about this, I can see the suit is stuck at the depot.
            angry-delay | options | - | The courier has had it since Monday.
            angry-delay | options | + | You could collect it from the depot yourself, or we send a second suit by same day courier
            angry-delay | options | + | we can put an urgent trace on it, or i can send you another suit today
            angry-delay | options | + | I can chase it with a trace today, you could go to the depot yourself, or I get a replacement suit out to you by same-day delivery
            angry-delay | options | - | The suit is still at the depot, I can see it here.
            angry-delay | options | + | There are a few options: I can chase the courier with an urgent trace, or you could pick it up from the depot
            bank-error-exact-wording | exact-facts | - | I can see your account here.
            bank-error-exact-wording | exact-facts | - | Both of your accounts are with us.
            bank-error-exact-wording | exact-facts | - | Hollis Mortgage is one of your payees.
            bank-error-exact-wording | exact-facts | + | I can see the $1,860 went out twice on the 1st, both to Hollis Mortgage
            bank-error-exact-wording | exact-facts | + | there are two payments of 1860 to Hollis on the first
            bank-error-exact-wording | exact-facts | + | yes it was debited twice, two identical debits to Hollis
            bank-error-exact-wording | no-guessing | - | The investigation team is very good.
            bank-error-exact-wording | no-guessing | + | I can't say yet whether it was us or the lender, I don't want to guess
            bank-error-exact-wording | no-guessing | + | I won't guess at the cause, the investigation will find out who caused it
            bank-error-exact-wording | steps-and-timing | - | There's a $35 fee on your account.
            bank-error-exact-wording | steps-and-timing | - | Fees are listed in your terms.
            bank-error-exact-wording | steps-and-timing | + | Your investigation reference is 55120, and the outcome takes up to 10 business days
            bank-error-exact-wording | steps-and-timing | + | I've asked for the $35 fee to be reversed and you'll get written confirmation today
            bank-error-exact-wording | steps-and-timing | + | you'll get it in writing today and we'll have an answer within ten working days
            belittling-review | ask-specifics | - | The rating was a needs improvement.
            belittling-review | ask-specifics | + | I'd like specific examples of where I fell short
            belittling-review | ask-specifics | + | I need concrete examples behind that rating
            belittling-review | ask-specifics | + | I want to understand what exactly led to it, with real examples
            belittling-review | own-record | - | The onboarding project was last quarter.
            belittling-review | own-record | + | I led the customer onboarding redesign and it cut setup calls by a third
            belittling-review | own-record | + | i ran the onbaording redesign myself, and setup calls dropped by a third
            belittling-review | tone-boundary | - | Let's talk about the tone of the report.
            belittling-review | tone-boundary | + | I'm open to criticism but I need it without the digs
            belittling-review | tone-boundary | + | I can take feedback, but please stop with the sarcastic comments
            belittling-review | tone-boundary | + | i'm happy to hear criticism, just not the personal jabs
            belittling-review | written-goals | - | Goals were set in January.
            belittling-review | written-goals | - | Next quarter starts in April.
            belittling-review | written-goals | + | I'd like clear measurable goals for next quarter, written down
            belittling-review | written-goals | + | Please put the targets for next quarter in writing so I know what good looks like
            billing-dispute-renewal | neutral-summary | - | We send a reminder email to all customers.
            billing-dispute-renewal | neutral-summary | + | The money is only part of it, the bigger issue is you didn't get any warning before it renewed
            billing-dispute-renewal | neutral-summary | + | so it sounds like the renewal came with no heads up at all, and that's the real problem
            billing-dispute-renewal | refund-review | - | I reviewed your account this morning.
            billing-dispute-renewal | refund-review | - | The billing team is in another office.
            billing-dispute-renewal | refund-review | + | I can submit a refund review today but I can't promise how it turns out
            billing-dispute-renewal | refund-review | + | i'll put in a request for a refund today, though the decision isn't mine so no guarantees
            billing-dispute-renewal | options | - | You're currently on annual billing.
            billing-dispute-renewal | options | + | You could switch to monthly billing, or close the account altogether
            billing-dispute-renewal | options | + | there are two ways forward: move to a monthly plan or cancel the account
            conflicting-answers | check-records | - | Our notes system was updated last year.
            conflicting-answers | check-records | + | I'll check the notes from both calls rather than guess who was right
            conflicting-answers | check-records | + | let me look at the records of both conversations before I say anything
            conflicting-answers | own-the-mix-up | - | You spoke to two different people.
            conflicting-answers | own-the-mix-up | + | You got two different answers from us and it's on us to sort that out, not you
            conflicting-answers | own-the-mix-up | + | We gave you conflicting information, that's our mistake to fix
            conflicting-answers | one-clear-answer | - | There is a fee on this contract type.
            conflicting-answers | one-clear-answer | + | Here's what actually applies to your account: the fee is waived and your contract stays as it is
            conflicting-answers | one-clear-answer | + | so to be clear, the early exit fee doesn't apply to you and I'll confirm that by email
            confused-blaming | walk-through | - | Returns usually take a week.
            confused-blaming | walk-through | + | Let's go through the return together step by step
            confused-blaming | walk-through | + | let's retrace what happened one step at a time and see where it went wrong
            confused-blaming | not-lost | - | Store credit is one of our refund options.
            confused-blaming | not-lost | + | Your money isn't lost, it's sitting on your account as store credit
            confused-blaming | not-lost | + | the money is safe, it's there as credit on your account
            confused-blaming | fix-and-timing | - | Card refunds are sometimes slow.
            confused-blaming | fix-and-timing | + | I can switch the credit to a refund on your card, it takes 3 to 5 business days
            confused-blaming | fix-and-timing | + | i can move it back to your card instead, it should show within five working days
            creative-feedback | what-works | - | Let's look at the colour proofs.
            creative-feedback | what-works | + | The colour and energy in the river-at-dawn spread are genuinely wonderful
            creative-feedback | what-works | + | I love the light in the river at dawn spread, it works really well
            creative-feedback | not-landing | - | The new spreads arrived on Monday.
            creative-feedback | not-landing | + | The new spreads aren't landing, Otter gets lost and the story stops reading
            creative-feedback | not-landing | + | the new pages arent working, it's hard to follow where otter is
            creative-feedback | the-reader | - | Children's books are a tough market.
            creative-feedback | the-reader | + | Kids aged four to seven need to be able to find Otter on every page
            creative-feedback | the-reader | + | a child reading along has to spot otter on every single spread
            creative-feedback | the-deadline | - | The publisher liked the cover.
            creative-feedback | the-deadline | + | We need revised roughs of spreads six to eleven by the 14th
            creative-feedback | the-deadline | + | I'll need new roughs for those spreads by the 14th of next month
            customer-facing-interview | acknowledge-first | - | I can see the ticket here.
            customer-facing-interview | acknowledge-first | + | That must have been really stressful with your staff waiting all morning
            customer-facing-interview | acknowledge-first | + | I'm so sorry this happened, I can hear how frustrating the morning was
            customer-facing-interview | clear-limit | - | I can help.
            customer-facing-interview | clear-limit | + | Here's what I can do and what I can't: I can replace the unit today but I can't refund the delivery
            customer-facing-interview | clear-limit | + | i'm not able to waive the fee, but what i can do is send an engineer
            customer-facing-interview | next-step | - | We have a process for next steps.
            customer-facing-interview | next-step | + | I'll call you back by two o'clock with an update
            customer-facing-interview | next-step | + | my next step is to ring the warehouse and I'll update you within the hour
            customer-facing-interview | real-example | - | I've worked in customer service before.
            customer-facing-interview | real-example | + | For example, in my last role I had a customer whose order went missing before a launch
            customer-facing-interview | real-example | + | at my last job a customer once shouted at me over a late refund
            disrespectful-customer | boundary | - | Respect is important to our company.
            disrespectful-customer | boundary | + | I'm still here to get this sorted, but we both need to keep it civil
            disrespectful-customer | boundary | + | I want to help you, and for that I need us to keep this respectful
            disrespectful-customer | free-recheck | - | Re-checks are booked through the front desk.
            disrespectful-customer | free-recheck | + | A re-check for the same fault within 30 days is free of charge
            disrespectful-customer | free-recheck | + | bring it back in and we'll look at it again at no cost, it's within 30 days
            disrespectful-customer | fee-review | - | The diagnostic fee was $89.
            disrespectful-customer | fee-review | + | I can pass the diagnostic fee to the service manager to review, I can't refund it myself
            disrespectful-customer | fee-review | + | i'm not able to refund the fee but I'll ask my manager to look at it
            efficiency-first | verify-first | - | Verification codes are sent by text.
            efficiency-first | verify-first | + | I need to verify your identity before I can reset two-factor, it takes about two minutes
            efficiency-first | verify-first | + | first I have to run a quick security check, then I can do the reset
            efficiency-first | time-to-fix | - | The reset process has a few steps.
            efficiency-first | time-to-fix | + | Once you're verified the whole reset takes about ten minutes
            efficiency-first | time-to-fix | + | after that it's roughly 10 mins end to end so you'll make your 3pm
            efficiency-first | next-step | - | Your email is on file.
            efficiency-first | next-step | + | I'll send a reset link to your registered email, you sign in and add the new phone
            efficiency-first | next-step | + | you'll get a link by email, then log in and set up your new phone
            end-freelance-contract | the-decision | - | Our contract runs month to month.
            end-freelance-contract | the-decision | + | I'm finishing our arrangement. Friday the 28th is the end of it for me
            end-freelance-contract | the-decision | + | I'm ending our contract, my last day will be Friday the 28th
            end-freelance-contract | the-decision | + | i've decided not to renew, my final day is friday the 28th
            end-freelance-contract | the-reason | - | The retainer is paid monthly.
            end-freelance-contract | the-reason | + | The work has grown way beyond the retainer and payments keep coming in late
            end-freelance-contract | the-reason | + | I'm doing far more hours than we agreed and I keep getting paid late
            end-freelance-contract | the-invoice | - | I sent the invoice last month.
            end-freelance-contract | the-invoice | + | The $6,400 invoice needs to be paid before I finish the handover
            end-freelance-contract | the-invoice | + | i need the outstanding invoice settled before the handover is complete
            end-freelance-contract | the-handover | - | Handovers can be messy.
            end-freelance-contract | the-handover | - | Yes, the launch is on the 18th.
            end-freelance-contract | the-handover | + | I'll leave you a clean handover so the launch isn't at risk
            end-freelance-contract | the-handover | + | I'll document everything and walk Leah through it so the launch is safe
            family-boundary | text-first | - | You texted me yesterday.
            family-boundary | text-first | + | Please text before you come over, ideally the day before
            family-boundary | text-first | + | we need you to message us first before you visit
            family-boundary | text-first | + | Drop me a text the day ahead of coming round
            family-boundary | no-comments | - | Maya's bedtime is at seven.
            family-boundary | no-comments | - | Maya and Leo are in bed already.
            family-boundary | no-comments | + | Please don't comment on how we parent in front of the kids
            family-boundary | no-comments | + | i need you to stop criticising our parenting in front of Maya and Leo
            family-boundary | still-wanted | - | The children are at school.
            family-boundary | still-wanted | + | We love having you in the children's lives
            family-boundary | still-wanted | + | the kids adore you and we want you around, this isn't about keeping you away
            family-boundary | holding-it | - | It's been a hard week.
            family-boundary | holding-it | + | I know this is hard to hear, and I'm still asking
            family-boundary | holding-it | + | I know it stings, but this matters to us and I'm not backing down
            friend-hard-truth | clear-no | - | Investing is risky.
            friend-hard-truth | clear-no | + | I'm not going to invest
            friend-hard-truth | clear-no | + | my answer is no, I won't be putting money into the business
            friend-hard-truth | the-numbers | - | You sent me the numbers last week.
            friend-hard-truth | the-numbers | + | Going by what you showed me, the figures just don't work yet
            friend-hard-truth | the-numbers | + | From what you've shown me, the numbers aren't working yet
            friend-hard-truth | the-numbers | + | you're still losing money every month and you're nowhere near break even
            friend-hard-truth | care | - | I don't care about the money.
            friend-hard-truth | care | + | I'm saying this because I care about you
            friend-hard-truth | care | + | i'm only telling you this because you matter to me
            friend-hard-truth | other-help | - | Other people might invest.
            friend-hard-truth | other-help | + | I'll help in other ways, like going through the numbers with you
            friend-hard-truth | other-help | + | I'm happy to sit down with you and look at the plan together
            hard-feedback-report | the-behaviour | - | Mei started in March.
            hard-feedback-report | the-behaviour | + | Your review comments on Mei's work were dismissive and personal
            hard-feedback-report | the-behaviour | + | the way you wrote those code review comments was belittling
            hard-feedback-report | the-impact | - | Impact is one of our values.
            hard-feedback-report | the-impact | + | It's had a real impact, Mei has asked to move teams
            hard-feedback-report | the-impact | + | Mei was really upset and now wants to change teams
            hard-feedback-report | the-deadlines | - | The deadline for the report is Friday.
            hard-feedback-report | the-deadlines | + | You've missed three sprint commitments on the ledger refactor without flagging them
            hard-feedback-report | the-deadlines | + | the last 3 sprints you missed what you committed to and didn't tell anyone
            hard-feedback-report | the-expectation | - | Expectations vary by team.
            hard-feedback-report | the-expectation | + | Here's what needs to change, by when, and how we'll check
            hard-feedback-report | the-expectation | + | from now on I expect you to flag slippage early, and we'll check in every friday
            instant-escalation | will-escalate | - | Supervisors are busy today.
            instant-escalation | will-escalate | + | If you still want a supervisor I'll get you one, I won't block that
            instant-escalation | will-escalate | + | i can transfer you to my manager if you'd like, no problem
            instant-escalation | can-act-now | - | The payment system is slow today.
            instant-escalation | can-act-now | + | While we arrange that, I can check the payment and start reactivating your line right now
            instant-escalation | can-act-now | + | in the meantime let me look at the payment and get the line switched back on
            instant-escalation | honest-wait | - | Minutes are included in your plan.
            instant-escalation | honest-wait | + | The supervisor wait is about 15 minutes and they'll run the same payment check I can do now
            instant-escalation | honest-wait | + | it's roughly a fifteen minute wait for a supervisor
            leaving-customer | ask-why | - | Leaving is easy to arrange.
            leaving-customer | ask-why | + | Before anything else, I want to hear what brought you to this point
            leaving-customer | ask-why | + | tell me what happened that made you want to switch
            leaving-customer | respect-choice | - | Your decision to join us was in 2019.
            leaving-customer | respect-choice | + | It's your decision and I'll help you either way, whether you leave or stay
            leaving-customer | respect-choice | + | whatever you choose, i'll help you with it
            leaving-customer | honest-costs | - | Your balance is paid up on the main account.
            leaving-customer | honest-costs | + | One line still has a $260 phone balance that becomes due if it leaves
            leaving-customer | honest-costs | + | you still owe 260 on the phone for the second line, that'll be due if you switch
            raise-request | the-number | - | My salary review is in March.
            raise-request | the-number | - | I got a raise two years ago.
            raise-request | the-number | + | I'm asking for a raise to $84,000
            raise-request | the-number | + | I'd like my salary increased to 84k
            raise-request | the-evidence | - | The migration project is on the roadmap.
            raise-request | the-evidence | + | Since my last raise I delivered the billing data migration, which saves about $140,000 a year, and took on onboarding the new analysts
            raise-request | the-evidence | + | i led the migraton which saves us 140k a year and I've taken over onboarding the two new analysts
            raise-request | the-market | + | Jobs like mine pay $82k to $88k elsewhere
            raise-request | the-market | - | I know the market's been tough this year.
            raise-request | the-market | - | The market is tough right now.
            raise-request | the-market | + | The market rate for this role is $82,000 to $88,000
            raise-request | the-market | + | similar roles at other companies pay about 85k
            raise-request | the-path | - | I wrote the migration plan.
            raise-request | the-path | + | If the full amount isn't possible now, I'd like a written plan with a date
            raise-request | the-path | + | if you can't do it now, let's put a timeline in writing and revisit it by june
            refund-outside-window | no-automatic-refund | - | I'll review your order details.
            refund-outside-window | no-automatic-refund | + | A full refund past 30 days needs a review, I can't approve it myself
            refund-outside-window | no-automatic-refund | + | since it's outside the 30 day window i'm not able to sign off a refund myself, it has to go to review
            refund-outside-window | warranty-path | - | Warranty terms are on our website.
            refund-outside-window | warranty-path | + | The laptop is still under warranty, so we can repair or replace it right now
            refund-outside-window | warranty-path | + | it's still covered by the warranty so a fix or a new one is available today
            refund-outside-window | next-step-timing | - | Business days are Monday to Friday.
            refund-outside-window | next-step-timing | + | I'll email you a reference number and you'll hear back within 3 business days
            refund-outside-window | next-step-timing | + | the returns team owns it now and they'll get back to you by friday
            renewal-churn-threat | own-outages | - | November is our busiest month.
            renewal-churn-threat | own-outages | + | The November outages hurt your operation, and that's on us
            renewal-churn-threat | own-outages | + | we let you down with the downtime in november, that's our fault
            renewal-churn-threat | ask-impact | - | The impact report is attached.
            renewal-churn-threat | ask-impact | + | I want to understand what the outages actually cost you
            renewal-churn-threat | ask-impact | + | help me understand how the downtime affected your team
            renewal-churn-threat | concrete-plan | - | Seats are priced per user.
            renewal-churn-threat | concrete-plan | + | Here's a concrete plan: right-size your seats to 170, a service credit, and a named support engineer
            renewal-churn-threat | concrete-plan | + | we'd cut you down to the seats you actually use, add a credit for November and give you a dedicated engineer
            renewal-churn-threat | next-step | - | Decisions take time.
            renewal-churn-threat | next-step | + | Let's agree the next step and who decides before the 30th
            renewal-churn-threat | next-step | + | let's set up a call with whoever signs off before the renewal
            """;

    private record Row(String scenario, String point, boolean makes, String line) {}

    private static List<Row> rows() {
        return LINES.lines()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    String[] parts = l.split("\\s*\\|\\s*", 4);
                    return new Row(parts[0], parts[1], parts[2].equals("+"), parts[3].strip());
                })
                .toList();
    }

    @Test
    void everyKeyPointIsCreditedForSayingItAndNotForNamingItsTopic() {
        List<Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : LIBRARY.all()) {
            for (KeyPoint point : scenario.learner().keyPoints()) {
                List<Row> mine = rows.stream()
                        .filter(r ->
                                r.scenario().equals(scenario.id()) && r.point().equals(point.id()))
                        .toList();
                if (mine.stream().noneMatch(r -> !r.makes())
                        || mine.stream().filter(Row::makes).count() < 2) {
                    wrong.add(scenario.id() + "/" + point.id()
                            + ": needs a line that only mentions it and two that make it");
                }
                for (Row row : mine) {
                    if (CueMatch.makes(scenario, point, row.line()) != row.makes()) {
                        wrong.add(scenario.id() + "/" + point.id() + (row.makes() ? ": missed " : ": credited ") + "\""
                                + row.line() + "\"");
                    }
                }
            }
        }
        for (Row row : rows) {
            boolean known = LIBRARY.all().stream()
                    .anyMatch(s -> s.id().equals(row.scenario())
                            && s.learner().keyPoints().stream().anyMatch(k -> k.id().equals(row.point())));
            if (!known) {
                wrong.add(row.scenario() + "/" + row.point() + ": no such key point");
            }
        }
        Map<String, Long> byScenario = new LinkedHashMap<>();
        wrong.forEach(w -> byScenario.merge(w.substring(0, w.indexOf('/')), 1L, Long::sum));
        assertThat(wrong)
                .as("%d wrong of %d lines, by scenario %s", wrong.size(), rows.size(), byScenario)
                .isEmpty();
    }
}
