package dev.spar.web.conversations;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A reviewed conversation as a JSON file to download, from the page and the API alike. */
public final class ConversationExport {
    private ConversationExport() {}

    /** Returns the review as a JSON download: the same object as a line of {@code spar review --format json}. */
    public static ResponseEntity<String> download(ConversationService conversations, ConversationView v) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("spar-conversation-" + v.record().id().substring(0, 8) + ".json")
                                .build()
                                .toString())
                .body(conversations.export(v));
    }
}
