package dev.spar.transcripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads captions of a recorded call: WebVTT (Teams writes the speaker as a {@code <v Name>} voice tag, Zoom as a
 * {@code Name:} prefix in the cue text) and SubRip. Cues of one speaker in a row become one turn, since captions
 * cut sentences into pieces; a cue without a speaker continues the turn before.
 */
final class Captions {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s*-->\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}).*$");
    private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^\\s>]+)*\\s+([^>]+)>(.*)$", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[\\d:.]*>");

    private Captions() {}

    static boolean looksSrt(String start) {
        String[] lines = start.split("\n", 3);
        return lines.length >= 2
                && lines[0].strip().matches("\\d+")
                && TIMING.matcher(lines[1]).matches()
                && lines[1].contains(",");
    }

    static Parsed webVtt(String text) {
        return read(text, true);
    }

    static Parsed srt(String text) {
        return read(text, false);
    }

    private static Parsed read(String text, boolean vtt) {
        String[] lines = text.split("\n", -1);
        List<RawTurn> turns = new ArrayList<>();
        String speaker = null;
        StringBuilder said = null;
        RawTurn start = null;
        int i = 0;
        if (vtt) {
            while (i < lines.length && !lines[i].isBlank()) {
                i++; // the WEBVTT header block
            }
        }
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            String first = lines[i].strip();
            if (vtt && (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION"))) {
                i = end;
                continue;
            }
            int timingLine = -1;
            for (int j = i; j < Math.min(end, i + 2); j++) {
                if (TIMING.matcher(lines[j]).matches()) {
                    timingLine = j;
                    break;
                }
            }
            if (timingLine < 0) {
                throw TranscriptException.atLine(
                        blockStart + 1,
                        "expected a cue timing like '00:00:01.000 -->" + " 00:00:04.000', found '"
                                + PlainReader.abbreviate(first) + "'");
            }
            Matcher timing = TIMING.matcher(lines[timingLine]);
            timing.matches();
            String cueTime = clock(timing.group(1));
            for (int j = timingLine + 1; j < end; j++) {
                String line = lines[j].strip();
                Optional<String> voice = Optional.empty();
                Matcher v = VOICE.matcher(line);
                if (v.matches()) {
                    voice = Optional.of(v.group(1).strip());
                    line = v.group(2);
                }
                line = TAG.matcher(line)
                        .replaceAll("")
                        .replace("&amp;", "&")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&nbsp;", " ")
                        .strip();
                if (voice.isEmpty()) {
                    Optional<String[]> prefix = PlainReader.speakerPrefix(line);
                    if (prefix.isPresent()) {
                        voice = Optional.of(prefix.get()[0]);
                        line = prefix.get()[1];
                    }
                }
                if (voice.isPresent() && !voice.get().equals(speaker)) {
                    if (start != null) {
                        turns.add(start.withText(said.toString().strip()));
                    }
                    speaker = voice.get();
                    start = new RawTurn(speaker, "", Optional.of(cueTime), Optional.empty(), "line " + (j + 1));
                    said = new StringBuilder();
                } else if (start == null) {
                    throw TranscriptException.atLine(
                            j + 1,
                            "this cue names no speaker: expected a voice tag like"
                                    + " '<v Maria Lopez>' or a 'Name: ' prefix");
                }
                if (!line.isEmpty()) {
                    said.append(said.isEmpty() ? "" : " ").append(line);
                }
            }
            i = end;
        }
        if (start != null) {
            turns.add(start.withText(said.toString().strip()));
        }
        if (turns.isEmpty()) {
            throw new TranscriptException("no cues with words found in these captions");
        }
        return Parsed.of(turns);
    }

    /** The cue's start as a clock time without the milliseconds: "00:01:02". */
    private static String clock(String t) {
        String s = t.replace(',', '.');
        int dot = s.indexOf('.');
        s = dot < 0 ? s : s.substring(0, dot);
        return s.length() <= 5 ? "00:" + (s.length() == 4 ? "0" : "") + s : s;
    }
}
