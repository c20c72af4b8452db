/**
 * The team report as an Apache Spark job: {@link dev.spar.batch.spark.SparkTeamReport} runs the in-process batch's
 * pipeline ({@link dev.spar.batch.ReviewPipeline}: read, redact, review, sum up) on the executors, one partial
 * report per partition, merges them with {@link dev.spar.review.report.TeamReport#merge} and writes the same
 * JSON as {@code spar report --format json}.
 */
package dev.spar.batch.spark;
