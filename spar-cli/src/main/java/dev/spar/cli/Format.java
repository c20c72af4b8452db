package dev.spar.cli;

/** How a command prints: for people or for scripts. */
enum Format {
    TEXT,
    JSON
}
