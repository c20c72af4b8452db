package dev.spar.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a setup or an utterance for what a role-play must not handle.
 *
 * <p>The patterns aim at explicit statements ("he hits me", "I want to kill myself"), not at figures of
 * speech ("this delay is killing me"), so ordinary hard conversations are not interrupted.
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

    private static final List<Rule> RULES = List.of(
            rule(
                    SafetyConcern.Kind.SELF_HARM,
                    "\\b(kill(ing)? my ?self|end(ing)? my (own )?life|suicid\\w*|self[- ]?harm\\w*|hurt(ing)? my ?self"
                            + "|cut(ting)? my ?self|want(ed)? to die|don'?t want to (be alive|live anymore)"
                            + "|better off (dead|without me)|take my (own )?life)\\b"),
            rule(
                    SafetyConcern.Kind.VIOLENCE,
                    "\\b((he|she|they|my \\w+) (hits?|hit|beats?|beat|punch(es|ed)?|chok(es|ed)|slaps?|slapped|kicks?|kicked)"
                            + " (me|us|her|him|my|the kids|the children)"
                            + "|threaten(ed|s|ing)? to (kill|hurt|harm|beat|shoot|stab)"
                            + "|(going|want|plan(ning)?) to (kill|hurt|shoot|stab|attack) (him|her|them|you|someone)"
                            + "|has a (gun|knife|weapon)|(gun|knife) to my)\\b"),
            rule(
                    SafetyConcern.Kind.ABUSE,
                    "\\b(domestic (violence|abuse)|(abus(es|ed|ing|ive))( me| her| him| them| us| relationship| partner| husband"
                            + "| wife| parent| father| mother| boyfriend| girlfriend)|sexual(ly)? (assault|abus)\\w*|rap(e|ed)"
                            + "|molest\\w*|grooming)\\b"),
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
        String what =
                switch (kind) {
                    case SELF_HARM -> "self-harm";
                    case VIOLENCE -> "violence";
                    case ABUSE -> "abuse";
                    case SAFETY -> "someone's safety";
                };
        String help = kind == SafetyConcern.Kind.SELF_HARM ? HELP_SELF_HARM : HELP_SAFETY;
        return "Spar has stopped this role-play. What was written involves " + what
                + ", and that is not something to rehearse with a simulation: it needs a person. " + help
                + " Spar is a practice tool for conversations you have already decided to have; it is not"
                + " therapy and not a crisis service.";
    }
}
