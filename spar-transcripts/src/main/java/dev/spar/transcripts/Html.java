package dev.spar.transcripts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Help-desk message bodies in HTML as the plain text a person reads: paragraphs and breaks kept as lines. */
final class Html {
    private static final String BREAK = "\u2028";

    private Html() {}

    static String text(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("br").after(BREAK);
        doc.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before(BREAK);
        String text = doc.body().text();
        StringBuilder out = new StringBuilder();
        for (String line : text.split(BREAK)) {
            String l = line.strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
