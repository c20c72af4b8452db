/**
 * Measuring an {@link dev.spar.analysis.Analyzer} against labelled conversation datasets (AnnoMI, ESConv,
 * EPITOME, CaSiNo) that live outside the project: readers turn each dataset's own files into {@link
 * dev.spar.eval.Example}s, {@link dev.spar.eval.LabelMapping} says which of Spar's moves count as predicting
 * which dataset label, and {@link dev.spar.eval.Evaluation} runs the analyzer and scores it into an {@link
 * dev.spar.eval.EvalReport}. The datasets are for measurement only, so nothing here stores or ships their
 * text; the misclassified examples a report carries are for the terminal at run time.
 */
package dev.spar.eval;
