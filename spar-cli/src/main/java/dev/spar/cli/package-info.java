/**
 * The {@code spar} command line: practise a scenario in the terminal or from a file of lines, list and
 * write scenarios, and read the history of runs.
 */
package dev.spar.cli;
