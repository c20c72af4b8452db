package dev.spar.transcripts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a file's bytes into text: UTF-8 (a BOM dropped), UTF-16 with its BOM, else Windows-1252; binary refused. */
final class Decoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {}

    static String text(byte[] content, Limits limits) {
        if (content.length > limits.maxBytes()) {
            throw new TranscriptException("the file is " + size(content.length) + "; the limit is "
                    + size(limits.maxBytes()) + ": split the export into smaller files");
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new TranscriptException("the file is empty: there is no conversation to read");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new TranscriptException("the file is binary (a NUL byte at character " + (i + 1)
                        + "): export the conversation as text, captions, CSV or JSON");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 100 > text.length()) {
            throw new TranscriptException(
                    "the file looks binary (" + controls + " control characters): export it as text, CSV or JSON");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strictOr(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        return strictOr(b, 0, StandardCharsets.UTF_8);
    }

    /** Decodes strictly; bytes that are not valid in it are read as Windows-1252, as Excel and old tools write. */
    private static String strictOr(byte[] b, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, offset, b.length - offset, WINDOWS_1252);
        }
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
