-- A real conversation (a support chat, call or ticket) imported for review. Only the redacted transcript is kept
-- (JSON: turns with speaker, role, text); the file as uploaded is kept only when its owner asked for it. The
-- review itself is not stored: it is read again from the redacted transcript each time it is shown, so a better
-- reading shows up on old conversations too. The score is the one at import, for the list.
CREATE TABLE reviewed_conversations (
    id          VARCHAR(36)  PRIMARY KEY,
    owner       VARCHAR(60)  NOT NULL,
    source      VARCHAR(255) NOT NULL,
    format      VARCHAR(40)  NOT NULL,
    agent       CLOB         NOT NULL,
    turns       INT          NOT NULL,
    score       INT          NOT NULL,
    transcript  CLOB         NOT NULL,
    redactions  VARCHAR(1000) NOT NULL,
    original    CLOB,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversations_by_owner ON reviewed_conversations (owner, created_at);
