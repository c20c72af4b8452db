package dev.spar.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical shape of one sentence, read from its first words once the fillers people open with ("so,
 * okay, um") and stutters ("I-I", "wh-what") are skipped: whether it asks, how, and who it is about.
 *
 * @param sentence the sentence in the utterance
 * @param words the sentence's words, fillers and stutters included, in order
 * @param body the index in {@code words} of the first word after the opening fillers
 * @param form what the sentence does, by its shape
 * @param soLead whether the fillers include "so", the usual opening of a summary
 */
record Shape(Span sentence, List<Word> words, int body, Form form, boolean soLead) {

    /** One word of a sentence, lower case, with its place in the utterance. */
    record Word(String text, Span span) {}

    /** What a sentence does, judged by its shape alone. */
    enum Form {
        /** Only listening noises and one-word replies: "Mm-hmm.", "Okay, yeah.", "Right?" */
        BACKCHANNEL,
        /** Opens with a question word: "What happened next?" */
        WH_QUESTION,
        /** Opens with an auxiliary before its subject: "Did you try restarting it?" */
        YES_NO_QUESTION,
        /** Asks by inviting the story without a question form: "Tell me about...", "I wonder what..." */
        INVITATION,
        /** A statement said as a question: "So you tried twice?" */
        DECLARATIVE_QUESTION,
        /** Anything else. */
        STATEMENT
    }

    Shape {
        words = List.copyOf(words);
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)*");

    /** Words that only fill or acknowledge at the start of a sentence. */
    private static final Set<String> FILLERS =
            wordSet("and so okay ok okey alright right well now yeah yes yep yup yea mm mmm hmm hm mhm uh huh um umm "
                    + "er erm oh ah sure great good cool then but also hi hello hey anyway wow gosh alrighty nice fine "
                    + "awesome perfect excellent absolutely exactly totally definitely no oops uhm hmmm aha ha haha "
                    + "lol thanks sorry look listen first ooh yet or"
                    // Stance words before what is said: "ok so realistically, is there even money for raises".
                    + " realistically honestly frankly genuinely basically");

    /** Two-word fillers, written as one string. */
    private static final Set<String> FILLER_PAIRS =
            Set.of("i see", "you know", "i mean", "all right", "thank you", "got it", "thanks so", "oh my", "my god");

    /** Words that may make up a reply that says nothing else: "Okay, yeah, right." */
    private static final Set<String> BACKCHANNEL =
            wordSet("mm mmm hmm hm mhm uh huh um yeah yes yep yup yea okay ok right sure great good cool wow oh ah "
                    + "alright all absolutely exactly i see got it fine neat nice true totally definitely perfect "
                    + "awesome excellent gotcha really interesting thanks thank you so and no fun indeed very well aha "
                    + "of course that's correct agreed understood hi hello hey lol haha");

    /** How many clauses of one sentence are tried for the question it asks, from the end. */
    private static final int MAX_CLAUSES = 12;

    /** The most words a reply can have and still say nothing but "I'm listening". */
    private static final int BACKCHANNEL_WORDS = 5;

    private static final Set<String> WH = wordSet(
            "what what's why how how's where where's when who who's which whose whom what're how'd what'd " + "why's");

    private static final Set<String> AUXILIARIES =
            wordSet("is are was were do does did can could will would have has had should shall may might am isn't "
                    + "aren't wasn't weren't don't doesn't didn't can't won't haven't hasn't wouldn't couldn't "
                    + "shouldn't");

    /** Words that can follow an auxiliary as the subject of a question ("did you", "is there"). */
    private static final Set<String> SUBJECTS =
            wordSet("you i we it that this there they he she your the anyone anybody anything someone somebody "
                    + "something any these those people everyone everything my his her their our a an y'all ya u");

    /** The subjects that make an auxiliary without a question mark a question ("did you", "is it"). */
    private static final Set<String> PRONOUNS = wordSet("you i we it that this there they he she u ya");

    private static final Set<String> SECOND_PERSON =
            wordSet("you your you're you've you'd you'll yourself yours u ur ya");

    private static final Set<String> FIRST_PERSON =
            wordSet("i i'm i've i'd i'll me my mine we we're we've we'll we'd our us let's myself im ive id");

    /** Words that open a question and make it closed: a time, a person, a count. */
    private static final Set<String> CLOSED_WH = wordSet("when who who's whose whom");

    /** Words after "how" that ask for a number or a yes, not the story. */
    private static final Set<String> HOW_CLOSED = wordSet("many old long far soon");

    /** Words after "how about" that make a proposal: who would do what, or a share. */
    private static final Set<String> PROPOSERS =
            wordSet("i i'll i'd we we'll we'd if let's one two three four five half both all each everything");

    /** Verbs that turn "can you..." from a yes/no question into an invitation to tell the story. */
    private static final Set<String> TELLING =
            wordSet("tell describe walk talk explain share say help think give fill expand");

    /** Hedges that may come before an invitation: "So, I guess I'm wondering...", "Just tell me...". */
    private static final String HEDGED = "^(?:(?:i guess|i think|just|so|and|maybe),? )*";

    /** The speaker wondering: "I wonder", "I'm just kind of wondering", "I was curious". */
    private static final String I_WONDER = "i(?:'m| am| was)? (?:just |also )?(?:kind of |sort of )?";

    private static final Pattern INVITATION = PhraseBook.compile(
            HEDGED + "(?:tell me|walk me through|talk me through"
                    + "|talk to me (?:a little|a bit|about|more)|help me understand|say more|describe|remind me"
                    + "|what (?:i'm|i am) (?:really |most |just )?(?:interested in|curious about)"
                    + "|what i'd (?:like|love) to (?:know|hear)"
                    + "|(?:just )?wondering (?:what|how|why|if|whether|about)|i'd like to (?:find out|ask)|let me ask"
                    + "|i (?:just |also )?(?:wonder|wondered|am wondering|'m wondering|was wondering|'m curious|am curious"
                    + "|was curious|'m interested|am interested)|i'd (?:like|love) to (?:know|hear|understand|learn)"
                    + "|i want to (?:know|hear|understand)|i'm (?:just )?(?:kind of |sort of )?(?:wondering|curious))",
            false);

    private static final Pattern CLOSED_INVITATION =
            PhraseBook.compile(HEDGED + I_WONDER + "(?:wonder|wondered|wondering|curious),? (?:if|whether)", false);

    /**
     * "I wonder whether it might be the new job": a wondering about anything but the listener is the speaker's
     * own guess said tentatively, not a question to them.
     */
    private static final Pattern WONDERS_ALOUD = PhraseBook.compile(
            HEDGED + I_WONDER
                    + "(?:wonder|wondered|wondering),? (?:if|whether)(?!,? (?:you|your|you're|you've|you'd|you'll"
                    + "|there's anything|there is anything|there are any|there's something|we|we're|we've|we'd|we'll)\\b)",
            false);

    /** "Do you have any idea why...", "have you had any thoughts about...": asks what they think, not a yes. */
    private static final Pattern ASKS_FOR_THOUGHTS = PhraseBook.compile(
            "^(?:do|did) you have (?:any|an|a|some) (?:idea|ideas|sense|thoughts)\\b"
                    + "|^have you (?:had|got) (?:any|an|a|some) (?:idea|ideas|sense|thoughts)\\b",
            false);

    /** "...if you could tell me about it": the wondering asks them to tell the story. */
    private static final Pattern TELL_THE_STORY = PhraseBook.compile(
            "\\b(?:you|we) (?:can|could|would|might) (?:tell|describe|walk|talk|explain|share|say more|fill|expand)\\b",
            false);

    private static Set<String> wordSet(String words) {
        return Set.of(words.split(" "));
    }

    /** Reads the shape of each sentence of a normalized utterance. */
    static List<Shape> of(String norm, List<Span> sentences) {
        List<Shape> shapes = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            shapes.add(of(norm, sentence));
        }
        return shapes;
    }

    /** Reads the shape of one sentence of a normalized utterance. */
    static Shape of(String norm, Span sentence) {
        return of(norm, sentence, words(norm, sentence));
    }

    private static Shape of(String norm, Span sentence, List<Word> words) {
        boolean soLead = false;
        int body = 0;
        while (body < words.size()) {
            String w = words.get(body).text();
            if (body + 1 < words.size()
                    && FILLER_PAIRS.contains(w + " " + words.get(body + 1).text())) {
                body += 2;
            } else if (FILLERS.contains(w) && !startsClause(words, body)) {
                soLead |= w.equals("so");
                body++;
            } else {
                break;
            }
        }
        boolean marked = Sentences.isQuestion(norm, sentence);
        return new Shape(sentence, words, body, form(norm, sentence, words, body, marked), soLead);
    }

    /**
     * Returns the last clause of a sentence ending in a question mark that asks by its own shape, after a comma,
     * colon or dash ("I hear you, why was that?", "Can I ask, what do you like about it?"); empty if none does.
     */
    Optional<Shape> lastAskingClause(String norm) {
        return lastClause(
                norm,
                clause -> (clause.form == Form.WH_QUESTION && !clause.isSubordinate())
                        || clause.form == Form.YES_NO_QUESTION
                        || clause.form == Form.INVITATION);
    }

    /**
     * Returns the last clause of a statement that invites the story after a comma, colon or dash ("I know it
     * matters to you, and I'm wondering how you'd like to start."); empty if none does. Only an invitation
     * counts: without a question mark, a clause opening with a question word is part of the statement ("...,
     * what you did is fine").
     */
    Optional<Shape> lastInvitingClause(String norm) {
        return lastClause(norm, clause -> clause.form == Form.INVITATION);
    }

    private Optional<Shape> lastClause(String norm, Predicate<Shape> asking) {
        int checked = 0;
        for (int i = words.size() - 1; i > body && checked < MAX_CLAUSES; i--) {
            String between = norm.substring(
                    words.get(i - 1).span().end(), words.get(i).span().start());
            boolean boundary = between.indexOf(',') >= 0
                    || between.indexOf(';') >= 0
                    || between.indexOf(':') >= 0
                    || between.indexOf('\u2014') >= 0
                    || between.indexOf('\u2013') >= 0
                    || between.contains(" -")
                    || between.contains("- ");
            if (!boundary) {
                continue;
            }
            checked++;
            Shape clause =
                    of(norm, new Span(words.get(i).span().start(), sentence.end()), words.subList(i, words.size()));
            if (asking.test(clause)) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a clause that opens with a question word only qualifies the sentence before it ("..., when
     * you get home?", "..., which is a lot?"): the question word is followed by its own subject, not by an
     * auxiliary and then the subject as a question would be, nor carries the verb itself ("what's", "how's").
     */
    private boolean isSubordinate() {
        String first = word(body);
        String second = word(body + 1);
        String third = word(body + 2);
        boolean inverted = AUXILIARIES.contains(second) && SUBJECTS.contains(third);
        return !inverted
                && !first.contains("'")
                && (SUBJECTS.contains(second)
                        || second.equals("one")
                        || (first.equals("which") && AUXILIARIES.contains(second)));
    }

    /** "Right now", "well enough", "so much": a filler word that is really the start of the sentence. */
    private static boolean startsClause(List<Word> words, int at) {
        if (at + 1 >= words.size()) {
            return false;
        }
        String w = words.get(at).text();
        String next = words.get(at + 1).text();
        return switch (w) {
            case "right" -> next.equals("now") || next.equals("away") || next.equals("there") || next.equals("here");
            case "so" -> next.equals("much") || next.equals("many") || next.equals("far") || next.equals("long");
            case "now" -> next.equals("that") || next.equals("is");
            case "good", "great", "nice", "fine", "cool", "awesome", "perfect", "excellent" ->
                next.equals("to")
                        || next.equals("for")
                        || next.equals("job")
                        || next.equals("idea")
                        || next.equals("question")
                        || next.equals("point")
                        || next.equals("luck");
            case "no" ->
                Set.of("one", "problem", "matter", "worries", "need", "way", "longer", "more", "doubt")
                        .contains(next);
            default -> false;
        };
    }

    private static Form form(String norm, Span sentence, List<Word> words, int body, boolean marked) {
        if (words.isEmpty()) {
            return Form.BACKCHANNEL;
        }
        if (words.size() <= BACKCHANNEL_WORDS && words.stream().allMatch(w -> BACKCHANNEL.contains(w.text()))) {
            return Form.BACKCHANNEL;
        }
        if (body >= words.size()) {
            return Form.BACKCHANNEL;
        }
        String first = words.get(body).text();
        String second = body + 1 < words.size() ? words.get(body + 1).text() : "";
        String third = body + 2 < words.size() ? words.get(body + 2).text() : "";
        Matcher invitation =
                INVITATION.matcher(norm).region(words.get(body).span().start(), sentence.end());
        if (invitation.lookingAt()) {
            boolean aloud = WONDERS_ALOUD
                    .matcher(norm)
                    .region(words.get(body).span().start(), sentence.end())
                    .lookingAt();
            return aloud && !marked ? Form.STATEMENT : Form.INVITATION;
        }
        if (WH.contains(first)) {
            boolean inverted =
                    AUXILIARIES.contains(second) && SUBJECTS.contains(third) || invertsAfterItsObject(words, body);
            boolean asks = marked || inverted || second.equals("else") || second.equals("about");
            return asks ? Form.WH_QUESTION : Form.STATEMENT;
        }
        if (AUXILIARIES.contains(first) && (PRONOUNS.contains(second) || (marked && !second.isEmpty()))) {
            return Form.YES_NO_QUESTION;
        }
        return marked ? Form.DECLARATIVE_QUESTION : Form.STATEMENT;
    }

    /**
     * "What number would you...", "How confident are you...", "How much time have you...", "What kind of help did
     * they...": up to three words of what is asked about may come between the question word and the auxiliary
     * before its subject, none of them a pronoun (which would make it a statement: "what you did was brave", "what I'm hearing is that...").
     */
    private static boolean invertsAfterItsObject(List<Word> words, int body) {
        for (int aux = body + 2; aux <= body + 4 && aux + 1 < words.size(); aux++) {
            String between = words.get(aux - 1).text();
            if (PRONOUNS.contains(between)
                    || FIRST_PERSON.contains(between)
                    || SECOND_PERSON.contains(between)
                    || AUXILIARIES.contains(between)) {
                return false;
            }
            if (AUXILIARIES.contains(words.get(aux).text())
                    && PRONOUNS.contains(words.get(aux + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the sentence asks something, by its shape. */
    boolean asks() {
        return form == Form.WH_QUESTION
                || form == Form.YES_NO_QUESTION
                || form == Form.INVITATION
                || form == Form.DECLARATIVE_QUESTION;
    }

    /**
     * Returns whether the question invites the story (open) rather than a yes, a no or one fact (closed):
     * what, why and how questions, "tell me about...", "can you walk me through..."; "when", "who" and "how
     * many" ask for one fact.
     */
    boolean isOpen(String norm) {
        String first = word(body);
        String second = word(body + 1);
        String third = word(body + 2);
        return switch (form) {
            case WH_QUESTION ->
                !CLOSED_WH.contains(first) && !(first.equals("how") && HOW_CLOSED.contains(second)) && !proposes();
            case INVITATION -> {
                Matcher closed = CLOSED_INVITATION
                        .matcher(norm)
                        .region(words.get(body).span().start(), sentence.end());
                yield !closed.lookingAt() || asksToTell(norm);
            }
            case YES_NO_QUESTION ->
                (first.equals("can") || first.equals("could") || first.equals("would") || first.equals("will"))
                                && second.equals("you")
                                && TELLING.contains(third)
                        || (first.equals("is")
                                && second.equals("there")
                                && third.equals("anything")
                                && word(body + 3).equals("else"))
                        || ASKS_FOR_THOUGHTS
                                .matcher(norm)
                                .region(words.get(body).span().start(), sentence.end())
                                .lookingAt()
                        || trailsOffWithOr();
            case DECLARATIVE_QUESTION ->
                first.equals("anything")
                        || (first.equals("any") && (second.equals("other") || second.equals("more")))
                        || trailsOffWithOr();
            case BACKCHANNEL, STATEMENT -> false;
        };
    }

    /**
     * "How about I take the Monday shift?", "What about two each?", "How about you keep the car and...": a
     * proposal asks for a yes, unlike "How about you?" or "What about your family?", which ask them to talk.
     */
    private boolean proposes() {
        if (!(word(body).equals("how") || word(body).equals("what"))
                || !word(body + 1).equals("about")) {
            return false;
        }
        String third = word(body + 2);
        return PROPOSERS.contains(third)
                || Character.isDigit(third.isEmpty() ? 'x' : third.charAt(0))
                || ((third.equals("you") || third.equals("u")) && words.size() > body + 4);
    }

    /** "Do you think you'll stay, or?": a question left open after "or", for them to finish. */
    private boolean trailsOffWithOr() {
        return words.size() - body > 2 && word(words.size() - 1).equals("or");
    }

    /** "I'm wondering if you could tell me how it went": a wondering that asks for the story. */
    private boolean asksToTell(String norm) {
        return TELL_THE_STORY
                .matcher(norm)
                .region(words.get(body).span().start(), sentence.end())
                .find();
    }

    /** Returns where the words after the opening fillers start. */
    int bodyStart() {
        return body < words.size() ? words.get(body).span().start() : sentence.end();
    }

    /** Returns the word at an index, or empty past the end. */
    String word(int index) {
        return index >= 0 && index < words.size() ? words.get(index).text() : "";
    }

    /** Returns whether the body opens with the listener as its subject ("you", "your"). */
    boolean aboutThem() {
        return SECOND_PERSON.contains(word(body));
    }

    /** Returns whether the body opens with the speaker as its subject ("I", "we", "my"). */
    boolean aboutSelf() {
        return FIRST_PERSON.contains(word(body));
    }

    /** Returns how many of the sentence's words address the listener. */
    int secondPersonWords() {
        return (int)
                words.stream().filter(w -> SECOND_PERSON.contains(w.text())).count();
    }

    /** Returns whether a word is a first-person pronoun or determiner. */
    static boolean isFirstPerson(String word) {
        return FIRST_PERSON.contains(word);
    }

    /** Returns whether a word addresses the listener. */
    static boolean isSecondPerson(String word) {
        return SECOND_PERSON.contains(word);
    }

    /** Returns the words of a sentence, with stutters ("I-I", "wh-what", "so-so") collapsed into one word. */
    private static List<Word> words(String norm, Span sentence) {
        List<Word> raw = new ArrayList<>();
        Matcher m = WORD.matcher(norm).region(sentence.start(), sentence.end());
        while (m.find()) {
            raw.add(new Word(m.group(), new Span(m.start(), m.end())));
        }
        List<Word> words = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Word w = raw.get(i);
            if (i + 1 < raw.size() && isStutter(norm, w, raw.get(i + 1))) {
                continue;
            }
            words.add(w);
        }
        return words;
    }

    /** "I-I", "wh-what", "so-so": a word broken off and said again at once, joined by a dash. */
    private static boolean isStutter(String norm, Word w, Word next) {
        String between = norm.substring(w.span().end(), next.span().start());
        boolean dashed = between.contains("-") || between.contains("\u2014") || between.contains("\u2013");
        return dashed && next.text().startsWith(w.text()) && w.text().length() < 6;
    }
}
