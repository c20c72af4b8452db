/**
 * Spar's files: scenarios as YAML a person can read, copy and edit, the bundled scenario library, and
 * run reports as JSON. Every problem with a file is reported with the file, the field and the fix.
 */
package dev.spar.files;
