package dev.spar.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small hand-made dataset files in each dataset's format; none of their text comes from a dataset. */
final class TestFiles {

    static final String ANNOMI_HEADER = "mi_quality,transcript_id,video_title,video_url,topic,utterance_id,"
            + "interlocutor,timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,"
            + "reflection_exists,reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,"
            + "client_talk_type";

    static final String EPITOME_HEADER = "sp_id,rp_id,seeker_post,response_post,level,rationales";

    private TestFiles() {}

    static Path write(Path folder, String name, String... lines) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a therapist row of AnnoMI-full.csv. */
    static String therapist(
            int transcript,
            int utterance,
            String text,
            int annotator,
            String inputSubtype,
            boolean reflection,
            String questionSubtype) {
        boolean input = !inputSubtype.equals("n/a");
        boolean question = !questionSubtype.equals("n/a");
        return String.join(
                ",",
                "high",
                Integer.toString(transcript),
                "\"Made-up session\"",
                "https://example.org/v",
                "test topic",
                Integer.toString(utterance),
                "therapist",
                "00:00:01",
                quote(text),
                Integer.toString(annotator),
                input ? "True" : "False",
                inputSubtype,
                reflection ? "True" : "False",
                reflection ? "simple" : "n/a",
                question ? "True" : "False",
                questionSubtype,
                question ? "question" : reflection ? "reflection" : input ? "therapist_input" : "other",
                "n/a");
    }

    /** Returns a client row of AnnoMI-full.csv. */
    static String client(int transcript, int utterance, String text, int annotator) {
        return String.join(
                ",",
                "high",
                Integer.toString(transcript),
                "\"Made-up session\"",
                "https://example.org/v",
                "test topic",
                Integer.toString(utterance),
                "client",
                "00:00:02",
                quote(text),
                Integer.toString(annotator),
                "n/a",
                "n/a",
                "n/a",
                "n/a",
                "n/a",
                "n/a",
                "n/a",
                "neutral");
    }

    static String epitome(String seekerId, String responseId, String seeker, String response, int level) {
        return String.join(",", seekerId, responseId, quote(seeker), quote(response), Integer.toString(level), "");
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
