package dev.spar.web.pages;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.batch.ReportHtml;
import dev.spar.batch.ReviewPipeline;
import dev.spar.batch.TeamReportBatch;
import dev.spar.review.report.TeamReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The team report in the browser: upload several conversation files or a whole folder, get the report page
 * (rates per category and per agent, trends by week, checklist coverage, the worst moments quoted). Nothing is
 * stored: the files are read, redacted and reviewed in memory, and the report is the answer to the upload.
 */
@Controller
class TeamReportPage {
    /** The most files one upload reviews. */
    static final int MAX_FILES = 2_000;

    /** The most bytes one upload carries, all files together (the multipart limit in application.properties). */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private final TeamReportBatch batch = new TeamReportBatch(
            () -> new ReviewPipeline(new RuleAnalyzer()), Runtime.getRuntime().availableProcessors());

    @GetMapping("/reports")
    String form(Model model) {
        model.addAttribute("maxFiles", MAX_FILES);
        model.addAttribute("maxMegabytes", MAX_UPLOAD_BYTES / (1024 * 1024));
        return "reports";
    }

    @PostMapping("/reports")
    String report(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        List<MultipartFile> given = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty() || !name(f).isEmpty()).toList();
        if (given.isEmpty()) {
            return refused(model, "Choose one or more conversation files, or a folder.");
        }
        if (given.size() > MAX_FILES) {
            return refused(
                    model,
                    "That is " + given.size() + " files; one report reads up to " + MAX_FILES
                            + ". Split the folder, or use spar report on the command line.");
        }
        List<TeamReportBatch.Input> inputs = new ArrayList<>();
        for (MultipartFile f : given) {
            inputs.add(new TeamReportBatch.Input(name(f), f::getBytes));
        }
        TeamReport report = batch.review(inputs, TeamReportBatch.Progress.NONE);
        model.addAttribute("report", report);
        model.addAttribute("body", ReportHtml.body(report));
        return "report";
    }

    /** The report's style, from the same place as the downloadable page's, under the pages' policy. */
    @GetMapping(value = "/reports/report.css", produces = "text/css")
    ResponseEntity<String> style() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.noCache())
                .body(ReportHtml.STYLE);
    }

    private static String refused(Model model, String message) {
        model.addAttribute("maxFiles", MAX_FILES);
        model.addAttribute("maxMegabytes", MAX_UPLOAD_BYTES / (1024 * 1024));
        model.addAttribute("error", message);
        return "reports";
    }

    /** The file's name as the browser sent it: with a folder upload, its path inside the folder. */
    private static String name(MultipartFile f) {
        String n = Objects.requireNonNullElse(f.getOriginalFilename(), "")
                .replace('\\', '/')
                .strip();
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.isEmpty() ? "upload" : n;
    }
}
