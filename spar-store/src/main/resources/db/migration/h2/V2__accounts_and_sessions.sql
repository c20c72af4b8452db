-- Accounts for the multi-user server; the single-user server owns everything as 'local'.
CREATE TABLE users (
    username      VARCHAR(60)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    admin         BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE invitations (
    code        VARCHAR(64)  PRIMARY KEY,
    created_by  VARCHAR(60),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_by     VARCHAR(60),
    used_at     TIMESTAMP WITH TIME ZONE
);

-- A practice conversation in the browser or over the API. The scenario is kept as it was when the
-- session started, so the run replays the same even if the scenario file changes later.
CREATE TABLE practice_sessions (
    id             VARCHAR(36)  PRIMARY KEY,
    owner          VARCHAR(60)  NOT NULL,
    scenario_id    VARCHAR(100) NOT NULL,
    scenario_title VARCHAR(200) NOT NULL,
    scenario_yaml  CLOB         NOT NULL,
    seed           BIGINT       NOT NULL,
    difficulty     INT          NOT NULL,
    surprise_me    BOOLEAN      NOT NULL,
    version_name   VARCHAR(100),
    parent_id      VARCHAR(36),
    branched_at    INT,
    ended          BOOLEAN      NOT NULL,
    outcome        VARCHAR(40)  NOT NULL,
    score          INT,
    critique       CLOB,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_by_owner ON practice_sessions (owner, created_at);

-- Every turn is written before the reply to it is sent.
CREATE TABLE session_turns (
    session_id  VARCHAR(36) NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    number      INT         NOT NULL,
    speaker     VARCHAR(20) NOT NULL,
    text        CLOB        NOT NULL,
    emotion     INT,
    trust       INT,
    intent      VARCHAR(40),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, number)
);

-- Scenarios a user wrote or adapted, as YAML in the same format as scenario files.
CREATE TABLE user_scenarios (
    owner       VARCHAR(60)  NOT NULL,
    id          VARCHAR(100) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    yaml        CLOB         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner, id)
);
