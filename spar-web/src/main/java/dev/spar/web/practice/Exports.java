package dev.spar.web.practice;

import dev.spar.files.RunMarkdown;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A run as a file to download: Markdown to read, JSON for scripts. */
public final class Exports {
    private Exports() {}

    /**
     * Returns the run as a download.
     *
     * @param format {@code markdown} (or {@code md}) or {@code json}
     * @throws IllegalArgumentException for another format
     */
    public static ResponseEntity<String> export(PracticeService practice, SessionView view, String format) {
        String name = "spar-" + view.session().scenarioId() + "-"
                + view.session().id().substring(0, 8);
        boolean markdown =
                switch (format) {
                    case "markdown", "md" -> true;
                    case "json" -> false;
                    default ->
                        throw new IllegalArgumentException("Export as format=markdown or format=json; '"
                                + Limits.shorten(format) + "' is neither.");
                };
        String body =
                markdown ? new RunMarkdown().write(view.practice(), practice.critique(view)) : practice.report(view);
        return ResponseEntity.ok()
                .contentType(
                        markdown
                                ? new MediaType("text", "markdown", StandardCharsets.UTF_8)
                                : MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + (markdown ? ".md" : ".json"))
                                .build()
                                .toString())
                .body(body);
    }
}
