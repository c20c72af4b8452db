/**
 * The semantic reading of a line, for recall beyond the rules: each sentence is embedded in-process with
 * the quantized all-MiniLM-L6-v2 model (weights inside the Maven artifact, no network) and compared with
 * example banks this project writes, one per family of language ({@code give-ground}, {@code accuse},
 * {@code tangent}...), and with a bank of ordinary neutral lines. A sentence reads as a family when it is
 * close enough to that family's examples and closer to them than to any other bank by a margin; both
 * figures are calibrated per family on labelled development lines.
 *
 * <p>The entry point is {@link dev.spar.semantic.SentenceMeaning#standard()}. The banks, their precomputed
 * vectors and the thresholds are data under {@code meaning/} on the classpath.
 */
package dev.spar.semantic;
