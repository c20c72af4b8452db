/**
 * The team report of many real conversations, in-process: {@link dev.spar.batch.TeamReportBatch} walks folders,
 * reads, redacts and reviews each file on all cores through a {@link dev.spar.batch.ReviewPipeline}, lists the
 * files it could not review, and merges the reviews' summaries into a {@link dev.spar.review.report.TeamReport};
 * {@link dev.spar.batch.ReportJson}, {@link dev.spar.batch.ReportHtml} and {@link dev.spar.batch.ReportText}
 * write it. The Spark job (module spar-batch-spark) runs the same pipeline and writes the same JSON.
 */
package dev.spar.batch;
