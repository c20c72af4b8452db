package dev.spar.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a setup or an utterance for what a role-play must not handle.
 *
 * <p>The patterns read explicit statements ("he hits me", "I want to kill myself") and the indirect ways people say
 * the same, by kind of language: not wanting to be here, others better off without them, no point in going on,
 * means and plans; force against the body by someone at home, injuries hidden, control and threats, fear of going
 * home. Apostrophes are optional and text-speak ("kms", "wanna die") counts. They do not read figures of speech
 * ("this delay is killing me", "he'll hit the roof", "I can't go on like this with the rota"), so ordinary hard
 * conversations are not interrupted. {@code spar eval safety} measures both on Spar's own lines.
 */
public final class SafetyScreen {
    private static final String HELP_SELF_HARM =
            "If you are thinking about harming yourself, please talk to someone now:"
                    + " in the US call or text 988, in the UK and Ireland call Samaritans on 116 123,"
                    + " elsewhere find a local line at findahelpline.com. If you are in immediate danger, call your"
                    + " local emergency number.";
    private static final String HELP_SAFETY = "If you or someone else is in danger right now, call your local emergency"
            + " number. For abuse or violence at home, a domestic violence helpline (in the US 1-800-799-7233,"
            + " in the UK 0808 2000 247, elsewhere findahelpline.com) can help you plan safely.";

    private record Rule(SafetyConcern.Kind kind, Pattern pattern) {}

    /** Someone who can hurt the learner at home: a pronoun, a relative or partner, or anyone "my ...". */
    private static final String PERSON =
            "(he|she|they|my \\w+|dad|mum|mom|father|mother|stepdad|stepmum|stepmom|uncle|husband|wife|partner)";

    /** Whom it is done to: the learner, the family, the children. */
    private static final String VICTIM =
            "(me|us|her|him|my|the kids|the children|mum|mom|my (mum|mom|mother|brother|sister|son|daughter|kids))";

    /** Something a body is thrown against or dragged across at home, so "pushed us into a corner on price" is not. */
    private static final String SURFACE =
            "(the |a |my |our )?(\\w+ )?(wall|door|floor|ground|fridge|table|counter|stairs"
                    + "|car|bed|cupboard|sink|window|radiator|bannister|sofa|kitchen|bathroom|bedroom)";

    /** A wish not to be here, a second clause or the end of the line after it, not "here when he tells the team". */
    private static final String CLAUSE_END = "(?=\\s*($|[.,!?;:]|\\b(tbh|honestly|lol|anymore|any more)\\b))";

    /** "If I was gone", "if I just wasn't here", "if I weren't around". */
    private static final String IF_GONE = "if i (just )?(was|were)(n'?t| not)? ?(here|around|alive|gone|dead)";

    private static final List<Rule> RULES = List.of(
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b(kil{1,2}(ing)? my ?self|end(ing)? my (own )?life|suicid\\w*|self[- ]?harm\\w*|hurt(ing)? my ?self"
                            + "|cut(ting)? my ?self|(want(ed)?|wanna|want 2) (to )?die|don'?t want to (be alive|live anymore)"
                            + "|better off (dead|without me)|take my (own )?life|kms|unalive)\\b"),
            // Not wanting to be alive, said without the words: "i dont want to be here anymore", "wish i was dead".
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b((don'?t|do not) want to (be (here|around|alive)|exist|live|wake up)( any ?more| tomorrow| again)?"
                            + CLAUSE_END
                            + "|wish i (was|were|could be) dead|wish i (had never been born|wasn'?t (here|alive|born))"
                            + "|sleep (forever|and (not|never) wake up)|(shouldn'?t|should not|don'?t deserve to) (exist|be alive)"
                            + "|(tired|sick) of (living|being alive|life)\\b)"),
            // Others better off without them, or not noticing them gone: "everyone would be better off if I wasn't
            // around".
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b((better off|happier|easier|notice|care|miss me)\\b[^.?!]{0,30}" + IF_GONE
                            + "|(better off|happier) without me|(doing|do) everyone a favou?r by (disappearing|dying|going|not being)"
                            + "|a burden to (everyone|you all|my family))\\b"),
            // No point in going on, or wanting it all to end: "i dont see the point in going on anymore", "end it all".
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b((no|see (the|a|any)|what'?s the) point (in|of) (going on|carrying on|living|life|being alive"
                            + "|(me )?being here|me being around)" + CLAUSE_END
                            + "|(end|ending|finish) it all|want (it all|everything) to"
                            + " (end|stop)( (for good|permanently|forever))?" + CLAUSE_END
                            + "|disappear(ing)? (for good|forever"
                            + "|permanently))"),
            // Means and plans: pills put by, a note, goodbyes, a way to die named.
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b((pills|tablets) (saved|stockpiled|put by)|(saved|stockpiled|hoarding) (up )?(the |my )?(pills|tablets)"
                            + "|how many (pills|tablets)|overdos(e|ing)|(suicide|goodbye) note|note for my (family|kids|parents)"
                            + " in case|said my goodbyes|giv(en|ing) away my (things|stuff|belongings)"
                            + "|(jump(ing)?|throw(ing)? myself) (off|from|in front of) (a|the) (bridge|roof|building|cliff|train|bus"
                            + "|car)|driv(e|ing) (my car )?(into|off) (a|the) (wall|bridge|cliff|tree|lorry|truck)"
                            + "|(started|been|keep|back to) (cutting|burning) (myself|again))\\b"),
            rule(
                    SafetyConcern.Kind.VIOLENCE,
                    "\\b((he|she|they|my \\w+) ((hits?|hit|punch(es|ed)?|chok(es|ed)|slaps?|slapped|kicks?|kicked)"
                            + " (me|us|her|him|my|the kids|the children)"
                            // "beat me at chess", "beat me to the promotion" are games and races, not blows
                            + "|beats? (me|us|her|him|my|the kids|the children)(?! (at|to|in)\\b))"
                            + "|threaten(ed|s|ing)? to (kill|hurt|harm|beat|shoot|stab)"
                            + "|(going|want|plan(ning)?) to (kill|hurt|shoot|stab|attack) (him|her|them|you|someone)"
                            + "|has a (gun|knife|weapon)|(gun|knife) to my)\\b"),
            // Force against the body by someone at home: "he shoved me into the wall", "mum hits us with the belt".
            rule(
                    SafetyConcern.Kind.VIOLENCE,
                    "\\b(" + PERSON
                            + " (\\w+ )?((hits?|hit|punch(es|ed)?|chok(es|ed)|strangl(es|ed)|throttl(es|ed)"
                            + "|slap(s|ped)?|kick(s|ed)?|bit|bites|scratch(es|ed)|burn(s|ed|t)) " + VICTIM
                            + "|beats? " + VICTIM + "(?! (at|to|in)\\b)"
                            + "|(shov(es|ed)|push(es|ed)|grab(s|bed)|pin(s|ned)|drag(s|ged)|shook|slam(s|med)) (me|us|her|him)"
                            + " ((into|against|onto|down|off|across|out of) " + SURFACE
                            + "|by (the|my|her|his) (throat|hair|neck|arm|wrist|collar))"
                            + "|(threw|throws|throwing) (\\w+ ){1,2}at (me|my|us|her|him)"
                            + "|put (his|her) hands on (me|us|her|him)|knocks? " + VICTIM + " (around|about))"
                            + "|(gets?|got|getting) (really |so |very )?((physical|rough|handsy) with " + VICTIM
                            + "|violent)"
                            + "|(he|she)('?s| has) hurt (me|us|the kids) before|black eye from|(hide|hid|hiding|cover(ed|ing)?"
                            + "( up)?) (the |my )?(bruises|black eye)|marks on my (arms|neck|face|legs|body))\\b"),
            rule(
                    SafetyConcern.Kind.ABUSE,
                    "\\b(domestic (violence|abuse)|(abus(es|ed|ing|ive))( me| her| him| them| us| relationship| partner| husband"
                            + "| wife| parent| father| mother| boyfriend| girlfriend)|sexual(ly)? (assault|abus)\\w*|rap(e|ed)"
                            + "|molest\\w*|grooming)\\b"),
            // Control, threats and fear at home: "locked me in", "won't let me leave the house", "I'm scared of what
            // he'll do".
            rule(
                    SafetyConcern.Kind.ABUSE,
                    "\\b(locked me (in|out)|(won'?t|will not|doesn'?t|does not|never) let me (leave the house|leave home|go out"
                            + "|see (my )?(friends|family)|have (my own |any )?(money|a bank card|a phone))|takes? (all )?my (wages|pay"
                            + "|salary|money|bank card)|smashed my phone|make sure i regret|with me (in|inside) it"
                            + "|(he|she)('?ll| will|'?d| would) (hurt|kill) me if|(scared|afraid|terrified|frightened) (of what"
                            + " (he|she|they)('?ll| will| might| would) do|to go home|of my (husband|wife|partner"
                            + "|boyfriend|girlfriend|dad|father|stepdad|mum|mother))"
                            + "|" + PERSON + " (keeps )?(com(es|ing)|came) into my (room|bed)|" + PERSON
                            + " (keeps )?(touch(es|ed|ing)) me\\b)"),
            rule(
                    SafetyConcern.Kind.SAFETY,
                    "\\b((afraid|scared|fear(ful)?) for my (life|safety)|not safe (at home|with him|with her|with them)"
                            + "|fear(s)? for (her|his|their|the kids'?) safety)\\b"));

    private static Rule rule(SafetyConcern.Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Returns the concern these words raise, if any. */
    public Optional<SafetyConcern> check(String text) {
        String normalised = text.replace('\u2019', '\'');
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(normalised);
            if (m.find()) {
                return Optional.of(new SafetyConcern(rule.kind(), m.group(), messageFor(rule.kind())));
            }
        }
        return Optional.empty();
    }

    private static String messageFor(SafetyConcern.Kind kind) {
        return "Spar has stopped this role-play. What was written involves " + about(kind)
                + ", and that is not something to rehearse with a simulation: it needs a person. " + help(kind)
                + " Spar is a practice tool for conversations you have already decided to have; it is not"
                + " therapy and not a crisis service.";
    }

    /** Returns what a concern of this kind involves, in a few words: "self-harm", "someone's safety". */
    public static String about(SafetyConcern.Kind kind) {
        return switch (kind) {
            case SELF_HARM -> "self-harm";
            case VIOLENCE -> "violence";
            case ABUSE -> "abuse";
            case SAFETY -> "someone's safety";
        };
    }

    /** Returns where to find human help for a concern of this kind: the helplines, and emergency services first. */
    public static String help(SafetyConcern.Kind kind) {
        return kind == SafetyConcern.Kind.SELF_HARM ? HELP_SELF_HARM : HELP_SAFETY;
    }
}
