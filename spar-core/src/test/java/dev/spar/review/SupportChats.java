package dev.spar.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic but realistic support chats, written for Spar's tests and benchmarks (no dataset text): a customer
 * with a delivery, refund, billing or login problem, an agent who mixes good habits with the ones the review
 * flags. The same seed gives the same chat.
 */
public final class SupportChats {
    /** The agents of the synthetic team. */
    public static final List<String> AGENTS = List.of("Agent Ash", "Agent Bo", "Agent Cy", "Agent Dee", "Agent Eli");

    /** The first day of the synthetic chats; they spread over four ISO weeks from it. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);

    private static final List<String> OPENERS = List.of(
            "Hi, my parcel was supposed to arrive on Monday and it still has not come.",
            "I was charged twice for the same subscription this month and I want the second charge back.",
            "I cannot log in to my account since the update, it keeps saying my password is wrong.",
            "The blender I bought last week stopped working after two days.",
            "I asked for a refund ten days ago and I have heard nothing since.",
            "Why did my bill go up by twenty pounds without any warning?");

    private static final List<String> CALM = List.of(
            "Okay, thanks. What do you need from me?",
            "It was the order from last Tuesday, the one with two items.",
            "Yes, that's right.",
            "I already tried restarting it twice.",
            "Fine, and how long will that take?",
            "Alright, I can wait a bit if it gets sorted.",
            "That sounds good, thank you.");

    private static final List<String> UPSET = List.of(
            "This is the third time I have had to chase this and nobody calls me back.",
            "Honestly this is ridiculous, I paid for next day delivery.",
            "I am really frustrated, I need this for work tomorrow.",
            "You are not listening to me at all.",
            "This is completely unacceptable, I want to speak to a manager.",
            "I have been a customer for six years and this is how you treat me?");

    private static final List<String> GOOD = List.of(
            "Thanks for contacting us, I'm here to help with that.",
            "I'm sorry this has been so frustrating, that's a lot of chasing for something that should have just worked.",
            "So you were charged twice this month and you want the second payment refunded, is that right?",
            "Could you confirm your order number so I can look it up?",
            "What happens on the screen when you try to log in?",
            "I have arranged a replacement to go out today and you will get a tracking email within the hour.",
            "I can't refund it from here, but I can send it to the billing team now and they reply within two working days.",
            "Here is what I'll do next: I'll check the courier's scan and message you by five today.",
            "Does that answer your question?",
            "That makes sense, being left without it for a week is a real problem.");

    private static final List<String> WEAK = List.of(
            "There's no issue, you just need to go to the website.",
            "You have not installed the app properly, that's why it doesn't work.",
            "Our policy says refunds are only possible within fourteen days.",
            "I guarantee it will arrive tomorrow morning.",
            "It usually gets approved, so I'm sure it will be fine.",
            "Calm down, it's not a big deal.",
            "I'm so sorry, I'm really sorry, I do apologise again.",
            "That's the courier's fault, not ours.",
            "Is there anything else I can help you with?",
            "I just think maybe you could possibly try again later?",
            "As I already said, you need to reset your password.",
            "I'd like to ask you not to be sarcastic with me.");

    private SupportChats() {}

    /** Returns the chat with this seed, with about this many turns (at least two), dated by the seed. */
    public static Transcript chat(long seed, int turns) {
        SplittableRandom random = new SplittableRandom(seed);
        String agent = AGENTS.get(Math.floorMod(seed, AGENTS.size()));
        String customer = "Customer";
        // Each agent has a habit: a share of weak lines between one in ten and one in two.
        double weakShare = 0.1 + 0.1 * AGENTS.indexOf(agent);
        List<Utterance> out = new ArrayList<>();
        out.add(Utterance.of(customer, Role.CUSTOMER, pick(OPENERS, random)));
        int anger = random.nextInt(3);
        for (int i = 1; i < Math.max(2, turns); i++) {
            if (i % 2 == 1) {
                String line;
                if (i == 1) {
                    line = random.nextDouble() < weakShare ? pick(WEAK, random) : GOOD.getFirst();
                } else {
                    line = random.nextDouble() < weakShare ? pick(WEAK, random) : pick(GOOD, random);
                }
                anger += WEAK.contains(line) ? 1 : -1;
                out.add(Utterance.of(agent, Role.AGENT, line));
            } else {
                String line = anger > 1 ? pick(UPSET, random) : pick(CALM, random);
                out.add(Utterance.of(customer, Role.CUSTOMER, line));
            }
        }
        LocalDate day = FIRST_DAY.plusDays(Math.floorMod(seed * 7, 28));
        return new Transcript("chat-" + seed + ".txt", out, Optional.of(day));
    }

    /** Returns the chat as the "[2026-11-02 09:00] Name: text" lines a chat export gives, a minute a turn. */
    public static String plainText(Transcript chat) {
        StringBuilder out = new StringBuilder();
        String day = chat.date().map(LocalDate::toString).orElse("");
        for (int i = 0; i < chat.turns().size(); i++) {
            Utterance u = chat.turns().get(i);
            if (!day.isEmpty()) {
                out.append(String.format(java.util.Locale.ROOT, "[%s %02d:%02d] ", day, 9 + i / 60, i % 60));
            }
            out.append(u.speaker()).append(": ").append(u.text()).append('\n');
        }
        return out.toString();
    }

    private static String pick(List<String> lines, SplittableRandom random) {
        return lines.get(random.nextInt(lines.size()));
    }
}
