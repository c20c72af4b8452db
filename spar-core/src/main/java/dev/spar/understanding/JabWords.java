package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of jabs: accusing the other person of a fault, and mocking them (sarcasm). */
final class JabWords {
    private JabWords() {}

    private static final String YOU_ARE =
            "(?:you're|you are|your|ur|u r|u are|you've been|you have been|you were|you've always been)";
    private static final String INTENSIFIER =
            "(?:(?:so|just|really|completely|totally|being|way|a bit|kind of|honestly|literally|clearly|obviously|very|such an?|"
                    + "an?|utterly|absolutely|incredibly|ridiculously)\\s+)*";
    private static final String FAULT =
            "(?:unreasonable|ridiculous|difficult|childish|dramatic|rude|stubborn|impossible(?: to (?:please|work with|deal with))?"
                    + "|unfair|hysterical|paranoid|petty|defensive|overreacting|over-reacting|over reacting|exaggerating|lying"
                    + "|clueless|useless|incompetent|selfish|aggressive|irrational|immature|pathetic|a joke|a liar|an idiot|stupid"
                    + "|impatient|oversensitive|too sensitive|too emotional|not listening|not even listening|making this up"
                    + "|making things up|making a scene|blowing this out of proportion|being a pain|a nightmare|delusional"
                    + "|out of line|overdramatic|unprofessional|lazy|wrong about this|twisting my words|putting words in my mouth"
                    + "|a bully|bullying (?:me|us|everyone)|manipulative|toxic|a hypocrite|controlling|passive.aggressive"
                    + "|a nightmare (?:client|customer|boss|manager|to deal with)"
                    + "|trying to (?:bully|scam|con|trick|manipulate|guilt|wind me up|get (?:something|it|this) for (?:free|nothing)"
                    + "|get out of|pull a fast one|take advantage|get free \\w+|get \\w+ for free)|trying it on)";

    /** Naming what is wrong with the other person. */
    static final List<Pattern> ACCUSE = List.of(
            Wording.pattern(YOU_ARE + "\\s+" + INTENSIFIER + FAULT),
            Wording.pattern("you (?:always|constantly|never) just \\w+"),
            Wording.pattern("you (?:haven't|didn't|don't|won't|can't|couldn't) even (?:\\w+)"
                    + "|you\\b[^.!?]{0,40}\\bevery single (?:time|month|week|day)"
                    + "|(?:and )?(?:just )?(?:don't|do not|won't|will not) (?:want to )?admit it"),
            Wording.pattern(
                    "you (?:always|never|constantly) (?:do this|do that|say that|twist|blame|assume|interrupt"
                            + "|barge|show up late|turn up late|change your mind|cancel|moan|shout|expect|treat|act like"
                            + "|ignore|forget|listen|let me|read|answer|reply|help|admit|take responsibility|think about|care"
                            + "|have to|make (?:this|it|everything)|turn (?:this|it|everything)|get (?:this|it) wrong|bring up)"),
            Wording.pattern(
                    "you (?:clearly|obviously|evidently|just) (?:just )?(?:didn't|don't|haven't|did not|do not|have not|can't"
                            + "|cannot|weren't) (?:\\w+)"),
            Wording.pattern(
                    "you didn't (?:even )?(?:bother|read|listen|check|look)|you (?:don't|do not) (?:even )?(?:listen"
                            + "|care|get it|understand|bother)|you have no idea what you're (?:doing|talking about)"),
            Wording.pattern(
                    "(?:that's|it's|this is) (?:all )?(?:on you|your (?:own )?fault|your (?:own )?problem|your mess)"
                            + "|what(?:'s| is) (?:wrong with you|your problem)|you people|shame on you|you should be ashamed"
                            + "|you should have (?:known|read|listened|checked)|you only have yourself to blame"
                            + "|(?:we|i) wouldn't be (?:here|in this (?:mess|situation)) if you|if you'd [^.!?]{1,60}"
                            + "(?:we|i) wouldn't be (?:here|in this)"),
            Wording.pattern(
                    "(?:you're|you are|ur) (?:just |clearly |obviously )?(?:making excuses|being lazy|not (?:even )?trying(?=\\s*(?:$|[.!,]))|wasting my time"
                            + "|avoiding the question|dodging|stalling|stonewalling|being deliberately \\w+)"),
            Wording.pattern(
                    "(?:can't|won't|don't) you (?:just )?(?:do your job|listen|read|understand)|do your (?:job|actual job)|you (?:should|ought to)"
                            + " (?:know|have known) better|(?:so )?typical of you|you lot|are you (?:even|actually) (?:listening|reading|trained|qualified)"));

    /** Before an accusation, words that deny or soften it ("I'm not saying you're being unreasonable"). */
    static final Pattern NOT_ACCUSING =
            Pattern.compile("(?:not saying|don't think|dont think|do not think|not calling you"
                    + "|didn't say|never said|wouldn't say|not that|i'm sure|if you feel like|if you think|worried that|afraid that"
                    + "|feel like i'm|sorry if|i hope) (?:that )?\\S*\\s*$");

    /** Saying the opposite of what is meant, or mocking the other person. */
    static final List<Pattern> MOCK = List.of(
            Pattern.compile(
                    "^(?:oh|wow|ah|ooh)[,.!]*\\s+(?:great|wonderful|fantastic|perfect|brilliant|lovely|super|marvell?ous"
                            + "|terrific|amazing)(?:[,.!]+\\s*(?:just )?(?:great|wonderful|fantastic|perfect|brilliant|lovely|super"
                            + "|marvell?ous|terrific|amazing|thanks|love that(?: for me)?))*[.!]*$"),
            Pattern.compile("^(?:great|perfect|wonderful|brilliant|fantastic)[,.!]+\\s+just (?:great|perfect|wonderful"
                    + "|brilliant|fantastic|what i needed)[.!]*$"),
            Pattern.compile(
                    "^wow[,.!]*\\s+(?:thanks|thank you)(?: so much| a lot| ever so much)?(?: for (?:that|nothing"
                            + "|all your help|your help))?[.!]*$"),
            Wording.pattern(
                    "thanks for nothing|thanks a bunch|love that for me|well that's just great|just what i needed"
                            + "|what a (?:surprise|shock|shocker)|big surprise|colou?r me (?:surprised|shocked)|no kidding"
                            + "|tell me something i don't know|yeah,? right|oh,? sure(?: you (?:will|are|did))?|sure you (?:will|are|did)"
                            + "|how (?:very )?(?:helpful|kind|generous|thoughtful) of you|thanks for the lecture|slow clap"
                            + "|you don't say|gee,? thanks|oh,? joy|whoop-?de-?doo|love that for you|never heard that (?:one )?before"
                            + "|everyone says that|heard that one before|(?:oh|and|because|like) you'd know|as if you'd know"
                            + "|(?:you're|you are) such an? (?:great|inspiring|wonderful|brilliant|amazing|fantastic|good|helpful"
                            + "|expert|genius|ray of sunshine|delight)\\b[^.!?]*\\byourself|(?:sure|yeah|right),? because that (?:worked|went"
                            + "|has worked|has gone) (?:so|really|super) well"),
            Wording.pattern(
                    "(?:right|sure|yeah|oh),? because (?:you're|you are|you)\\b[^.!?]*|funny that(?=\\s*(?:$|[.!]))"
                            + "|imagine that(?=\\s*(?:$|[.!]))"),
            Pattern.compile("^funny how\\b"),
            Wording.pattern("because that (?:worked|went) (?:so|really|super) well(?: last time| before)?"),
            Pattern.compile("^(?:oh,? )?(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous)[,.!]+\\s+"
                    + "(?:[^.!?]*,\\s+)?another (?:one|customer|person|client|genius|expert|\\w+) who\\b"),
            Wording.pattern("(?:congrat(?:s|ulations)|well done|nice (?:one|going|work)|good job|bravo),? (?:you|u)\\b"
                    + "(?:\\s+\\w+){0,3}"),
            Pattern.compile("(?<=^|\\s)/s\\s*$"),
            Wording.pattern(
                    "(?:oh )?how (?:convenient|original|surprising|shocking|typical|novel)(?=\\s*(?:$|[.!,]))|oh how (?:lovely|nice|wonderful)|must be nice"
                            + "|pigs (?:might|will|can) fly|what (?:a|an) (?:genius|brilliant|great|amazing|fantastic) (?:idea|plan|system|solution)"
                            + "|is (?:that|it) (?:so|too|really that) (?:hard|difficult)(?=\\s*\\?)|(?:oh|right|sure|clearly|obviously),? you know best"),
            Pattern.compile(
                    "^(?:well|oh),? that's (?:just )?(?:great|perfect|brilliant|fantastic|wonderful|lovely)[.!]*$|\\bthat's just (?:great"
                            + "|perfect|brilliant|fantastic|wonderful|lovely)(?=\\s*(?:$|[.!,]))|^(?:oh )?(?:great|perfect|brilliant|wonderful|fantastic)[,.!]+\\s+(?:so|and) now\\b"));

    /** Before quoted words, a report of what someone said: a quotation, not scare quotes. */
    static final Pattern QUOTING = Pattern.compile(
            "\\b(?:said|say|says|saying|told me|tell me|wrote|write|mentioned|asked|word|words|typed|put|called it|reads|read)\\s*[:,]?\\s*$");

    /** Before scare quotes, whose so-called thing it is ("your 'help'", "this so-called 'express' service"). */
    static final Pattern SCARE_LEAD = Pattern.compile(
            "\\b(?:your|their|his|her|our|this|that|these|the so-called|so-called|so called|such)\\s*$");

    /** After scare quotes, words that deny the name ("a 'request' isn't a reversal"). */
    static final Pattern SCARE_TAIL = Pattern.compile(
            "^\\s*(?:isn't|is not|aren't|are not|my foot|my arse|indeed|apparently|lol|/s|,? sure\\b|,? right\\b)");

    /** Scare quotes: one or two words in quotes inside a longer sentence ("your 'policy'"). */
    static final Pattern SCARE_QUOTES = Pattern.compile(
            "(?<=\\s|^)([\"'\u201C\u2018])([a-z][a-z-]*(?: [a-z-]+)?)([\"'\u201D\u2019])(?=[\\s,.!?]|$)");
}
