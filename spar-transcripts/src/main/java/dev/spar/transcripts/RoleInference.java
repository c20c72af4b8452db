package dev.spar.transcripts;

import dev.spar.review.Role;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which speaker is the agent.
 *
 * <p>Roles the file states win (Connect's participants, Intercom's admins, Zendesk's and Freshdesk's agent flags).
 * Otherwise each speaker is scored: by the name ("Support", "Agent", "Acme Ltd" against "Customer", "Caller") and
 * by what they say ("thanks for contacting", "how can I help", "my name is ... and I'll", asking for the order
 * number against "I ordered", "my order", "I want a refund"). With no evidence either way, a call (captions)
 * is taken to be answered by the agent, so its first speaker is the agent; a chat, a ticket or pasted lines are
 * taken to be opened by the customer, so the second speaker is the agent. The user can always correct it.
 */
final class RoleInference {

    private static final List<Pattern> AGENT_SAYS = patterns(
            "thanks? (you )?for (contacting|calling|reaching out|getting in touch|your patience|waiting|holding)",
            "how (can|may|could) i (help|assist)",
            "what can i do for you",
            "my name is \\p{L}+[,.]? (and )?i('ll| will| am|'m)",
            "(i'll|i will|i'd be happy to|happy to|glad to) (help|assist|look into|check)",
            "let me (check|look|see|pull up|find)",
            "(could|can|may) (you|i) (please )?(provide|confirm|share|give me|have) (me )?(your|the)",
            "(your|the) (order|account|ticket|reference|case|booking) (number|id|#)",
            "verify (your|the)",
            "anything else i can",
            "(apologi[sz]e|sorry) for (the|any) (inconvenience|delay|trouble|wait)",
            "i understand (your|how|that)",
            "have a (great|nice|good|lovely|wonderful) (day|evening|weekend)",
            "i('ve| have) (processed|issued|refunded|escalated|updated|arranged|raised|sent you)",
            "\\bour (policy|team|system|records|store|warehouse)",
            "on our (end|side)",
            "is there anything else");
    private static final List<Pattern> CUSTOMER_SAYS = patterns(
            "\\bi (ordered|bought|purchased|paid|booked|subscribed|signed up)",
            "\\bmy (order|package|parcel|delivery|account|card|refund|money|booking|subscription|bill|invoice|item)",
            "i (want|need|would like|'d like|demand) (a |my )?(refund|money back|to cancel|to speak|to talk|a replacement)",
            "i was (charged|billed|told|promised)",
            "(charged|billed) me",
            "i('ve| have) been (waiting|trying|charged|on hold)",
            "(never|still ha(s|ve)n't|didn't|did not|haven't|have not) (received|arrived|got|gotten|come)",
            "\\byour (company|service|website|app|store|product|support)",
            "\\byou (guys|people)",
            "(speak|talk) to (a|your) (manager|supervisor)",
            "can (you|someone|anyone) help me");

    private RoleInference() {}

    /** The speakers in order of first appearance and the role of each. */
    record Roles(List<String> speakers, Map<String, Role> bySpeaker, String agent) {}

    static Roles infer(List<RawTurn> turns, Format format, Optional<String> agentSpeaker) {
        Map<String, Optional<Role>> stated = new LinkedHashMap<>();
        for (RawTurn t : turns) {
            stated.merge(t.speaker(), t.role(), (a, b) -> a.isPresent() ? a : b);
        }
        List<String> speakers = List.copyOf(stated.keySet());
        Map<String, Role> roles = new LinkedHashMap<>();
        if (agentSpeaker.isPresent()) {
            String agent = match(agentSpeaker.get(), speakers);
            speakers.forEach(s -> roles.put(s, s.equals(agent) ? Role.AGENT : Role.CUSTOMER));
            return new Roles(speakers, roles, agent);
        }
        boolean anyStatedAgent = stated.values().stream().anyMatch(r -> r.equals(Optional.of(Role.AGENT)));
        Map<String, Integer> scores = scores(turns);
        String best = null;
        for (String s : speakers) {
            Optional<Role> r = stated.get(s);
            if (r.isPresent() || anyStatedAgent) {
                continue;
            }
            if (best == null || scores.get(s) > scores.get(best)) {
                best = s;
            }
        }
        if (best != null && !anyStatedAgent && isTie(best, scores, stated)) {
            best = fallback(speakers, stated, format).orElse(best);
        }
        for (String s : speakers) {
            Role r = stated.get(s)
                    .orElse(s.equals(best) || agentByName(s) > 0 && scores.get(s) > 0 ? Role.AGENT : Role.CUSTOMER);
            roles.put(s, r);
        }
        String agent = speakers.stream()
                .filter(s -> roles.get(s) == Role.AGENT)
                .filter(s -> !s.toLowerCase(Locale.ROOT).contains("bot"))
                .findFirst()
                .or(() -> speakers.stream()
                        .filter(s -> roles.get(s) == Role.AGENT)
                        .findFirst())
                .orElse(speakers.getFirst());
        return new Roles(speakers, roles, agent);
    }

    private static boolean isTie(String best, Map<String, Integer> scores, Map<String, Optional<Role>> stated) {
        int top = scores.get(best);
        return stated.entrySet().stream()
                        .filter(e -> e.getValue().isEmpty())
                        .filter(e -> scores.get(e.getKey()) == top)
                        .count()
                > 1;
    }

    /** With no evidence: a call is answered by the agent, a chat or ticket is opened by the customer. */
    private static Optional<String> fallback(List<String> speakers, Map<String, Optional<Role>> stated, Format format) {
        List<String> open =
                speakers.stream().filter(s -> stated.get(s).isEmpty()).toList();
        boolean call = format == Format.WEBVTT || format == Format.SRT;
        if (open.size() < 2) {
            return open.stream().findFirst();
        }
        return Optional.of(call ? open.get(0) : open.get(1));
    }

    private static String match(String wanted, List<String> speakers) {
        String w = wanted.strip();
        return speakers.stream()
                .filter(s -> s.equals(w))
                .findFirst()
                .or(() -> speakers.stream().filter(s -> s.equalsIgnoreCase(w)).findFirst())
                .orElseThrow(() ->
                        new TranscriptException("there is no speaker '" + w + "' in this file; the" + " speakers are "
                                + speakers.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "))));
    }

    /** Scores each speaker: above zero sounds like the agent, below like the customer. */
    static Map<String, Integer> scores(List<RawTurn> turns) {
        Map<String, Integer> scores = new HashMap<>();
        for (RawTurn t : turns) {
            scores.merge(t.speaker(), 3 * agentByName(t.speaker()), (a, b) -> a);
        }
        for (RawTurn t : turns) {
            String text = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            int score = 0;
            for (Pattern p : AGENT_SAYS) {
                score += p.matcher(text).find() ? 1 : 0;
            }
            for (Pattern p : CUSTOMER_SAYS) {
                score -= p.matcher(text).find() ? 1 : 0;
            }
            scores.merge(t.speaker(), score, Integer::sum);
        }
        return scores;
    }

    /** 1 when the name reads like the agent side ("Support", "Acme Ltd"), -1 like the customer, else 0. */
    static int agentByName(String speaker) {
        String s = speaker.toLowerCase(Locale.ROOT);
        if (s.contains("customer service") || s.contains("customer care") || s.contains("customer support")) {
            return 1;
        }
        int score = 0;
        for (String word : s.split("[^\\p{L}.\\-]+")) {
            if (SpeakerLabels.agentWord(word)) {
                score = 1;
            } else if (SpeakerLabels.customerWord(word)) {
                return -1;
            }
        }
        return score;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
