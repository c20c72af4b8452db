package dev.spar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StarterScenarioTests {
    private static final Setup BEST_MAN = new Setup(
            "my closest friend since school",
            "Tom",
            "tell him I can't be his best man at his wedding",
            "that I lose him as a friend",
            "he'll be hurt and go quiet",
            Scenario.Category.PERSONAL);
    private static final Setup MOTHER_IN_LAW = new Setup(
            "my mother-in-law",
            "Margaret",
            "ask her not to drop by unannounced",
            "she guilt-trips me and I give in",
            "defensive at first, then hurt",
            Scenario.Category.PERSONAL);
    private static final Setup ANGRY_CUSTOMER = new Setup(
            "a customer whose order arrived broken",
            "Dee",
            "explain that the replacement takes a week",
            "she shouts",
            "angry, will shout",
            Scenario.Category.CUSTOMER_SERVICE);

    private static final Setup PRIYA = new Setup(
            "my manager Priya",
            "Priya",
            "ask for a raise to match my new responsibilities",
            "she says there's no budget",
            "calm but noncommittal",
            Scenario.Category.WORKPLACE);

    /** The words a support desk uses, which a friend or a mother-in-law never would. */
    private static final List<String> SERVICE_WORDS =
            List.of("technician", "customer", "order", "refund", "who's above you", "senior", "business", "hr ");

    private static final List<String> LEARNER = List.of(
            "Thanks for making time. There's something I need to tell you and it isn't easy.",
            "I've thought about it a lot.",
            "I can hear this is hard to take.",
            "What's going through your head?",
            "I still care about you, that hasn't changed.",
            "Can we talk again at the weekend?");

    private static List<String> replies(Scenario scenario, long seed) {
        Practice run = Practice.start(scenario, PracticeSettings.of(seed, 3), new RuleAnalyzer());
        for (String line : LEARNER) {
            if (!run.outcome().isFinal()) {
                run.say(line);
            }
        }
        List<String> out = new ArrayList<>();
        for (Turn t : run.turns()) {
            if (t.speaker() == Speaker.COUNTERPART) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** "when" or "give" is in any line: the point is recognised by the words that carry it, not by those. */
    @Test
    void theKeyPointIsRecognisedByTheWordsThatCarryIt() {
        Scenario friend = StarterScenario.from(
                "friend-jo",
                new Setup(
                        "my friend jo, who always cancels plans last minute",
                        "",
                        "tell her it hurts when she bails and ask her to give me a day's notice",
                        "she says I'm overreacting",
                        "laugh it off then get a bit hurt",
                        Scenario.Category.PERSONAL));

        assertThat(friend.learner().keyPoints().getFirst().cues())
                .contains("hurts", "bails")
                .doesNotContain("when", "give");
    }

    /**
     * The want is written about them, the key point is what the learner says to them; and a name typed into how they
     * were described is not said twice ("Them: Jess, my flatmate Jess").
     */
    @Test
    void aDescriptionThatSaysAWordTwiceMakesAScenario() {
        // A new user's trial: "my landlord, who never answers my emails" stopped with "duplicate element: my".
        for (String who : List.of(
                "my landlord, who never answers my emails",
                "my mother in law carol, who lets herself in with her key")) {
            Scenario scenario = StarterScenario.from(
                    "twice",
                    new Setup(
                            who,
                            "",
                            "ask them to call before they come round",
                            "they take it badly",
                            "defensive",
                            Scenario.Category.PERSONAL));

            assertThat(scenario.learner().keyPoints()).as(who).isNotEmpty();
        }
    }

    @Test
    void theKeyPointIsSomethingTheLearnerSaysToThem() {
        Scenario flatmate = StarterScenario.from(
                "jess",
                new Setup(
                        "my flatmate Jess",
                        "",
                        "she needs to start doing her share of the cleaning",
                        "we row",
                        "defensive, she'll say she's been busy",
                        Scenario.Category.PERSONAL));
        Scenario rota = StarterScenario.from(
                "rota",
                new Setup(
                        "Jess, my flatmate",
                        "Jess, my flatmate Jess",
                        "get Jess to stick to the kitchen rota",
                        "she says I'm nagging",
                        "defensive",
                        Scenario.Category.PERSONAL));
        Scenario client = StarterScenario.from(
                "tom",
                new Setup(
                        "a client, Tom, who keeps adding work",
                        "Tom",
                        "tell him the extra pages will cost £800",
                        "he walks away",
                        "annoyed",
                        Scenario.Category.FREELANCE_SALES));
        Scenario manager = StarterScenario.from("priya", PRIYA);

        assertThat(flatmate.learner().keyPoints().getFirst().text())
                .isEqualTo("You need to start doing your share of the cleaning.");
        assertThat(rota.learner().keyPoints().getFirst().text()).isEqualTo("I need you to stick to the kitchen rota.");
        assertThat(client.learner().keyPoints().getFirst().text()).isEqualTo("The extra pages will cost £800.");
        assertThat(manager.learner().keyPoints().getFirst().text())
                .isEqualTo("I'd like a raise to match my new responsibilities.");

        assertThat(flatmate.persona().name()).isEqualTo("Jess");
        assertThat(rota.persona().name()).isEqualTo("Jess");
        assertThat(rota.persona().relationship()).isEqualTo("Your flatmate");
        assertThat(client.persona().relationship()).isEqualTo("A client who keeps adding work");
        assertThat(manager.persona().relationship()).isEqualTo("Your manager");
    }

    /** The brief says who they are, what the learner wants and how they will take it, and who the learner is. */
    @Test
    void theBriefSaysWhoTheyAreAndWhoYouAre() {
        Scenario manager = StarterScenario.from("priya", PRIYA);

        assertThat(manager.situation())
                .contains("Priya is your manager.")
                .contains("a raise to match your new responsibilities")
                .contains("calm but noncommittal");
        assertThat(manager.learner().role()).isEqualTo("On Priya's team");
        assertThat(manager.checklist()).isNotEmpty();
    }

    @Test
    void aPointIsNotMadeByAWordEveryLineHas() {
        // "before" and "over" made the ask on "I've been over this before".
        List<String> cues = StarterScenario.cuesOf(
                "Ask her to text before she comes over and to stop commenting on our parenting in front of the kids");

        assertThat(cues).contains("text", "commenting", "parenting").doesNotContain("before", "over", "comes", "stop");
        assertThat(StarterScenario.cuesOf("stop coming over")).isNotEmpty();
    }

    @Test
    void howTheyWantItToGoDoesNotMakeThePoint() {
        // "I don't want a fight" counted towards asking her to text first.
        assertThat(StarterScenario.cuesOf("ask her to text before she comes over, without a fight"))
                .contains("text")
                .doesNotContain("fight");
        assertThat(StarterScenario.cuesOf("tell him I'm moving out without hurting his feelings"))
                .contains("moving")
                .doesNotContain("hurting", "feelings");
    }

    @Nested
    class Voice {
        @Test
        void aFriendNeverTalksLikeASupportDesk() {
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);
            for (long seed = 0; seed < 12; seed++) {
                for (String reply : replies(friend, seed)) {
                    String lower = reply.toLowerCase(Locale.ROOT);
                    assertThat(SERVICE_WORDS).as(reply).noneMatch(lower::contains);
                }
            }
        }

        @Test
        void aFriendSoundsLikeAFriendAndACustomerLikeACustomer() {
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);
            Scenario customer = StarterScenario.from("broken-order", ANGRY_CUSTOMER);

            assertThat(friend.lines().forIntent(Intent.OPEN))
                    .extracting(Line::text)
                    .anyMatch(t -> t.contains("mate"));
            assertThat(friend.lines().forIntent(Intent.END_ESCALATED))
                    .extracting(Line::text)
                    .noneMatch(t -> t.contains("further"));
            assertThat(customer.lines().forIntent(Intent.ESCALATE))
                    .extracting(Line::text)
                    .anyMatch(t -> t.contains("senior") || t.contains("above you"));
        }

        @Test
        void aRelativeNeverNamesWhoTheyAreToTheLearner() {
            // A mother-in-law said "Your father never would have spoken to me like this": the learner's father is
            // not her husband, and a sister or a son would not say it either.
            Scenario inLaw = StarterScenario.from(
                    "mother-in-law",
                    new Setup(
                            "my mother-in-law Carol, who drops by unannounced",
                            "Carol",
                            "ask her to text before she comes over",
                            "she cries",
                            "she gets hurt",
                            Scenario.Category.PERSONAL));

            assertThat(inLaw.lines().forIntent(Intent.CURVEBALL))
                    .extracting(Line::text)
                    .isNotEmpty()
                    .noneMatch(t -> t.matches("(?i).*\\byour (?:father|mother|dad|mum|mom)\\b.*"));
        }

        @Test
        void talksAboutWhatTheLearnerCameToRaise() {
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);
            Scenario family = StarterScenario.from("drop-ins", MOTHER_IN_LAW);
            int mentionsWedding = 0;
            int mentionsDropIns = 0;
            for (long seed = 0; seed < 12; seed++) {
                mentionsWedding += replies(friend, seed).stream().anyMatch(r -> r.contains("my wedding")) ? 1 : 0;
                mentionsDropIns +=
                        replies(family, seed).stream().anyMatch(r -> r.contains("dropping by unannounced")) ? 1 : 0;
            }

            assertThat(mentionsWedding).isGreaterThanOrEqualTo(9);
            assertThat(mentionsDropIns).isGreaterThanOrEqualTo(9);
        }

        @Test
        void readsTheSubjectInTheCounterpartsWords() {
            assertThat(StarterScenario.topicOf("tell him I can't be his best man at his wedding", "my friend"))
                    .isEqualTo("my wedding");
            assertThat(StarterScenario.topicOf("ask her not to drop by unannounced", "my mother-in-law"))
                    .isEqualTo("dropping by unannounced");
            assertThat(StarterScenario.topicOf("ask my manager for a raise", "my manager"))
                    .isEqualTo("a raise");
            assertThat(StarterScenario.topicOf("stop commenting on my parenting", "my mother"))
                    .isEqualTo("your parenting");
        }

        @Test
        void aCoupleAsTheirParentTalksAboutItAsTheirs() {
            // Carol asked "Is this about our parenting?" when the learner wrote about how they and their husband
            // parent.
            assertThat(StarterScenario.topicOf(
                            "Ask her to text before she comes over and to stop commenting on our parenting",
                            "my mother-in-law Carol"))
                    .isEqualTo("your parenting");
            assertThat(StarterScenario.topicOf("ask him to stop criticising our wedding plans", "my dad"))
                    .isEqualTo("your wedding plans");
        }

        @Test
        void howTheyWantItToGoIsNotTheSubject() {
            // Carol opened with "Is this about a fight?" when the learner wanted to ask her to text first, without a
            // fight.
            assertThat(StarterScenario.topicOf(
                            "ask her to text before she comes over, without a fight", "my mother-in-law Carol"))
                    .isEqualTo("texting before I come over");
            assertThat(StarterScenario.topicOf("tell him I'm moving out without hurting his feelings", "my dad"))
                    .isEqualTo("you're moving out");
            assertThat(StarterScenario.topicOf("ask my manager for a raise, calmly", "my manager"))
                    .isEqualTo("a raise");
            assertThat(StarterScenario.topicOf("ask her not to come over without texting", "my mother-in-law"))
                    .isEqualTo("coming over without texting");
        }

        @Test
        void theAgreementTheyHopeForIsNotTheSubject() {
            // Carol opened with "Is it about agreeing that I text before visiting?", reading the learner's goal back.
            assertThat(StarterScenario.topicOf(
                            "agree that she texts before visiting, without hurting her",
                            "my mother-in-law, who drops by unannounced"))
                    .isEqualTo("texting before visiting");
        }

        @Test
        void aDeadlineIsNotTheSubject() {
            // Jess was asked "Is this about the end?" when the learner wants her to move out by the end of the month.
            assertThat(StarterScenario.topicOf(
                            "Jess agrees to move out by the end of next month",
                            "my flatmate Jess, who hasn't paid rent in three months"))
                    .isEqualTo("moving out");
            assertThat(StarterScenario.topicOf("ask him to pay back the loan by Friday", "my brother"))
                    .isEqualTo("the loan");
        }
    }

    @Nested
    class Mood {
        @Test
        void aCloseFriendToldHardNewsStartsHurtNotFurious() {
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);
            for (long seed = 0; seed < friend.versions().size(); seed++) {
                Practice run = Practice.start(friend, PracticeSettings.of(seed, 3), new RuleAnalyzer());

                assertThat(run.startingState().anger())
                        .as(run.version().orElseThrow().name())
                        .isLessThan(50);
                assertThat(run.startingState().trust()).isGreaterThanOrEqualTo(55);
            }
        }

        @Test
        void theForecastMovesTheStartingMood() {
            Scenario furious = StarterScenario.from("broken-order", ANGRY_CUSTOMER);
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);

            assertThat(furious.persona().mood().anger())
                    .isGreaterThanOrEqualTo(friend.persona().mood().anger() + 30);
        }

        @Test
        void theRelationshipIsReadFromHowTheLearnerDescribesThem() {
            assertThat(Relationship.of("my closest friend", Scenario.Category.PERSONAL))
                    .isEqualTo(Relationship.FRIEND);
            assertThat(Relationship.of("my mother-in-law", Scenario.Category.PERSONAL))
                    .isEqualTo(Relationship.FAMILY);
            assertThat(Relationship.of("my boss, who hates surprises", Scenario.Category.WORKPLACE))
                    .isEqualTo(Relationship.MANAGER);
            assertThat(Relationship.of("a client who pays late", Scenario.Category.FREELANCE_SALES))
                    .isEqualTo(Relationship.CLIENT);
            assertThat(Relationship.of("Jordan", Scenario.Category.WORKPLACE)).isEqualTo(Relationship.COLLEAGUE);
        }
    }

    @Nested
    class Versions {
        @Test
        void eachVersionOfAFriendHasItsOwnVoice() {
            Scenario friend = StarterScenario.from("best-man", BEST_MAN);

            assertThat(friend.versions()).extracting(PersonaVersion::name).contains("Hurt", "Laughs it off");
            assertThat(friend.versions()).allMatch(v -> v.lines().size() >= 3);
            PersonaVersion laughs = friend.versions().stream()
                    .filter(v -> v.name().equals("Laughs it off"))
                    .findFirst()
                    .orElseThrow();
            long seed = friend.versions().indexOf(laughs);
            List<String> said = replies(friend, seed);
            assertThat(said.getFirst()).contains("Ha!").contains("my wedding");
            assertThat(new ScenarioValidator().validate(friend)).isEmpty();
        }
    }
}
