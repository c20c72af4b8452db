package dev.spar.bench;

import dev.spar.review.SupportChats;
import dev.spar.review.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic team export for the batch figures: {@code SupportChatFiles FOLDER COUNT} writes COUNT chats of
 * 10 to 40 turns (25 on average) as "[date time] Name: text" files, four ISO weeks of five agents, the same
 * chats as {@link TeamReportBenchmark.Batch}.
 */
public final class SupportChatFiles {
    private SupportChatFiles() {}

    /** Writes the files. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SupportChatFiles FOLDER COUNT");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            Transcript chat = TeamReportBenchmark.varied(i, 10 + (i * 7) % 31);
            Files.writeString(folder.resolve(chat.source()), SupportChats.plainText(chat));
        }
        System.out.println("wrote " + count + " chats to " + folder);
    }
}
