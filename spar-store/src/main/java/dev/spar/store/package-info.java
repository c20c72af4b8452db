/**
 * Saved runs in a relational database: an embedded H2 file under the learner's data folder by default.
 * Flyway owns the schema.
 */
package dev.spar.store;
