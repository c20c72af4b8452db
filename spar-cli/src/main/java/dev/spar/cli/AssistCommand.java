package dev.spar.cli;

import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.CustomerRead;
import dev.spar.assist.DraftFlag;
import dev.spar.assist.FollowUpNote;
import dev.spar.assist.Ledger;
import dev.spar.assist.NextMove;
import dev.spar.files.AssistJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spar assist}: live help beside a real conversation, line by line, or once for a script. */
@Command(
        name = "assist",
        mixinStandardHelpOptions = true,
        description = {
            "Live assist for a real conversation: flags what in your draft would escalate, with a stronger rewrite,"
                    + " reads the customer and suggests your next move.",
            "Interactive: type the customer's lines as 'c: ...' and your draft as plain text; /send sends it,"
                    + " /apply N takes rewrite N, /fix takes them all, /ledger, /note, /end.",
            "Once, for scripts: --draft TEXT [--customer TEXT]... [--format json], or --request FILE with"
                    + " {\"conversation\": [{\"speaker\": \"customer\"|\"rep\", \"text\": ...}], \"draft\": ...}."
        })
final class AssistCommand implements Callable<Integer> {
    @Option(names = "--draft", description = "Your reply as drafted; assesses it once and exits.")
    String draft;

    @Option(
            names = "--customer",
            description = "What the customer said, before the draft; repeat for several lines, oldest first.")
    List<String> customer = new ArrayList<>();

    @Option(
            names = "--request",
            description = "Read the conversation and draft from this JSON file ('-' reads standard input), the same"
                    + " shape POST /api/assist takes.")
    String request;

    @Option(names = "--note", description = "With --request: print the follow-up note of the conversation instead.")
    boolean note;

    @Option(names = "--format", description = "text (default) or json: the same JSON as POST /api/assist.")
    Format format = Format.TEXT;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AssistJson json = new AssistJson();

    @Override
    public Integer call() {
        // Made here, not as a field: picocli builds every subcommand for any command, and this loads the model.
        Assistant assistant = new Assistant(Spar.analyzer());
        PrintWriter out = spec.commandLine().getOut();
        Terminal term = Terminal.ansi(out);
        if (draft != null && request != null) {
            throw new UserError("give either --draft (with --customer) or --request FILE, not both.");
        }
        if (note && request == null) {
            throw new UserError("--note needs --request FILE: the conversation to write the note for.");
        }
        if (draft == null && request == null) {
            if (format == Format.JSON || !customer.isEmpty()) {
                throw new UserError("--format json and --customer need --draft TEXT or --request FILE; without them"
                        + " 'spar assist' runs interactively.");
            }
            new Session(assistant, out, term).run(stdin());
            return 0;
        }
        AssistJson.Request read = request != null ? readRequest(request) : fromOptions();
        if (note) {
            FollowUpNote followUp = assistant.followUpNote(read.conversation());
            out.println(format == Format.JSON ? json.write(followUp) : followUp.asText());
        } else {
            Assistance assistance = assistant.assess(read.conversation(), read.draft());
            if (format == Format.JSON) {
                out.println(json.write(assistance));
            } else {
                Printer printer = new Printer(out, term);
                printer.assistance(assistance);
                if (!assistance.clean()) {
                    printer.stronger(assistant.strengthen(read.conversation(), read.draft()));
                }
            }
        }
        out.flush();
        return 0;
    }

    private AssistJson.Request fromOptions() {
        if (draft.length() > Assistant.MAX_DRAFT_CHARS) {
            throw new UserError(
                    "--draft is " + draft.length() + " characters; keep it under " + Assistant.MAX_DRAFT_CHARS + ".");
        }
        if (customer.size() > Assistant.MAX_LINES) {
            throw new UserError("at most " + Assistant.MAX_LINES + " --customer lines, got " + customer.size() + ".");
        }
        List<ConversationLine> lines = new ArrayList<>();
        for (String said : customer) {
            if (said.length() > Assistant.MAX_LINE_CHARS) {
                throw new UserError("a --customer line is " + said.length() + " characters; keep each under "
                        + Assistant.MAX_LINE_CHARS + ".");
            }
            lines.add(ConversationLine.customer(said));
        }
        return new AssistJson.Request(lines, draft);
    }

    private AssistJson.Request readRequest(String source) {
        String body;
        try {
            body = source.equals("-")
                    ? readBounded(stdin())
                    : readBounded(Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserError("no such file: " + source);
        } catch (IOException e) {
            throw new UserError("cannot read " + source + ": " + e.getMessage());
        }
        try {
            return json.readRequest(body);
        } catch (AssistJson.BadRequest e) {
            throw new UserError("'" + source + "': " + e.getMessage() + ".");
        }
    }

    /** Reads at most one character more than a request may have, so a huge input is refused, not loaded. */
    private static String readBounded(BufferedReader in) throws IOException {
        try (in) {
            char[] buffer = new char[AssistJson.MAX_REQUEST_CHARS + 1];
            int length = 0;
            int n;
            while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) >= 0) {
                length += n;
            }
            return new String(buffer, 0, length);
        }
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** The interactive loop: customer lines and drafts in, assistance out, until /end or end of input. */
    static final class Session {
        private final Assistant assistant;
        private final PrintWriter out;
        private final Terminal term;
        private final Printer printer;
        private final List<ConversationLine> conversation = new ArrayList<>();
        private String draft = "";
        private Assistance last;

        Session(Assistant assistant, PrintWriter out, Terminal term) {
            this.assistant = assistant;
            this.out = out;
            this.term = term;
            this.printer = new Printer(out, term);
        }

        void run(BufferedReader in) {
            out.println(term.bold("Live assist.") + " Type what the customer said as 'c: ...', then your draft as"
                    + " plain text.");
            out.println(term.dim("/send sends your draft, /apply N takes rewrite N, /fix takes them all, 'r: ...' adds"
                    + " a line you already sent, /ledger, /note, /end."));
            try {
                while (true) {
                    out.print(term.bold(draft.isEmpty() ? "> " : "draft> "));
                    out.flush();
                    String line = in.readLine();
                    if (line == null) {
                        out.println();
                        break;
                    }
                    line = line.strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (!handle(line)) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(term.bold("Follow-up note"));
            out.print(assistant.followUpNote(conversation).asText());
            out.flush();
        }

        /** Handles one line; returns false to end the session. */
        private boolean handle(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("c:") || lower.startsWith("customer:")) {
                add(ConversationLine.customer(
                        line.substring(line.indexOf(':') + 1).strip()));
                assess();
            } else if (lower.startsWith("r:") || lower.startsWith("rep:")) {
                add(ConversationLine.rep(line.substring(line.indexOf(':') + 1).strip()));
                assess();
            } else if (line.startsWith("/")) {
                return command(line);
            } else if (line.length() > Assistant.MAX_DRAFT_CHARS) {
                out.println(term.dim("That draft is " + line.length() + " characters; keep it under "
                        + Assistant.MAX_DRAFT_CHARS + "."));
            } else {
                draft = line;
                assess();
            }
            return true;
        }

        private boolean command(String line) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "/send" -> {
                    if (draft.isBlank()) {
                        out.println(term.dim("Nothing to send: type your draft first."));
                    } else {
                        add(ConversationLine.rep(draft));
                        out.println(term.dim("Sent."));
                        draft = "";
                        printer.ledger(assistant.ledger(conversation));
                        assess();
                    }
                }
                case "/apply" -> apply(words);
                case "/fix" -> {
                    if (!draft.isBlank()) {
                        draft = assistant.strengthen(conversation, draft);
                        out.println("Draft: " + draft);
                        assess();
                    }
                }
                case "/ledger" -> printer.ledger(assistant.ledger(conversation));
                case "/note" -> out.print(assistant.followUpNote(conversation).asText());
                case "/end", "/quit", "/exit" -> {
                    return false;
                }
                default ->
                    out.println(term.dim(
                            "Commands: /send, /apply N, /fix, /ledger, /note, /end; 'c: ...' for the customer, 'r: ...'"
                                    + " for a line you already sent."));
            }
            return true;
        }

        private void apply(String[] words) {
            int count = last == null ? 0 : last.flags().size();
            if (count == 0) {
                out.println(term.dim("No rewrite to apply: the draft has nothing flagged."));
                return;
            }
            if (words.length < 2 || !words[1].matches("\\d{1,3}")) {
                out.println(term.dim("Say which rewrite: /apply 1" + (count > 1 ? " to /apply " + count : "") + "."));
                return;
            }
            int n = Integer.parseInt(words[1]);
            if (n < 1 || n > count) {
                out.println(term.dim("There " + (count == 1 ? "is 1 rewrite" : "are " + count + " rewrites") + "."));
                return;
            }
            java.util.Optional<String> rewrite = last.flags().get(n - 1).rewrite();
            if (rewrite.isEmpty()) {
                out.println(term.dim("Flag " + n + " has no rewrite: no rewrite of it passed the checks, so reword"
                        + " that part yourself."));
                return;
            }
            draft = rewrite.get();
            out.println("Draft: " + draft);
            assess();
        }

        private void add(ConversationLine line) {
            if (line.text().isEmpty()) {
                out.println(term.dim("Nothing after the colon: type what was said."));
            } else if (line.text().length() > Assistant.MAX_LINE_CHARS) {
                out.println(term.dim("That line is " + line.text().length() + " characters; keep it under "
                        + Assistant.MAX_LINE_CHARS + "."));
            } else if (conversation.size() >= Assistant.MAX_LINES) {
                out.println(term.dim("The conversation has reached " + Assistant.MAX_LINES + " lines: /note, then"
                        + " /end and start again."));
            } else {
                conversation.add(line);
            }
        }

        private void assess() {
            last = assistant.assess(conversation, draft);
            printer.assistance(last);
        }
    }

    /** Prints assistance for a person reading a terminal. */
    record Printer(PrintWriter out, Terminal term) {
        void assistance(Assistance a) {
            if (!a.draft().isBlank()) {
                if (a.clean()) {
                    out.println(term.green("  Nothing flagged in the draft."));
                }
                int n = 1;
                for (DraftFlag f : a.flags()) {
                    out.println("  " + term.red(n++ + ". " + f.category().title()) + ": \"" + f.quote() + "\"");
                    out.println("     " + term.dim(f.why()));
                    out.println("     Rewrite: "
                            + f.rewrite().orElse(term.dim("(none that reads well: reword it yourself)")));
                }
            }
            customer(a.customer());
            for (NextMove m : a.nextMoves()) {
                out.println("  " + term.bold(m.step().title()) + term.dim(": " + m.why()));
                for (String p : m.phrasings()) {
                    out.println("     \"" + p + "\"");
                }
            }
            out.flush();
        }

        void stronger(String draft) {
            out.println("  " + term.bold("Stronger draft") + ": " + draft);
        }

        private void customer(CustomerRead c) {
            StringBuilder line = new StringBuilder("  Customer: intensity " + Terminal.bar(c.intensity()) + " "
                    + c.intensity() + "/100, " + c.style().id() + "-oriented");
            if (c.abusive()) {
                line.append(", abusive");
            } else if (c.personal()) {
                line.append(", personal");
            }
            if (!c.asks().isEmpty()) {
                line.append("; asks: ").append(String.join("; ", c.asks()));
            }
            if (!c.missingFacts().isEmpty()) {
                line.append("; still missing: ").append(String.join("; ", c.missingFacts()));
            }
            out.println(line);
            if (!c.cues().isEmpty()) {
                out.println("     " + term.dim("from: " + String.join(", ", c.cues())));
            }
            c.safety().ifPresent(s -> out.println("  " + term.red(s)));
        }

        void ledger(Ledger ledger) {
            if (ledger.entries().isEmpty()) {
                out.println(term.dim("  Ledger: nothing promised yet."));
                return;
            }
            out.println("  " + term.bold("Ledger"));
            for (Ledger.Entry e : ledger.entries()) {
                String owner = e.owner().equals("rep") ? "" : " (" + e.owner() + ")";
                out.println("     " + e.kind().id() + ", line " + e.line() + ": " + e.text() + owner);
            }
            out.flush();
        }
    }
}
