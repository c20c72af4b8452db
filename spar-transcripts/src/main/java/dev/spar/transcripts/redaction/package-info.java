/**
 * Redaction of personal data in imported conversations, before anything is stored or shown: names, emails,
 * phone numbers, card numbers, IBANs, street addresses, order and account references, URLs and IP addresses
 * become placeholders that stay the same for the same item throughout a conversation.
 */
package dev.spar.transcripts.redaction;
