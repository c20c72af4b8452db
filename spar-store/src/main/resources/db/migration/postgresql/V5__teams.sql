-- Teams (accounts mode). An administrator creates teams and invites people into them as learners or coaches; a
-- person can be in several teams. A learner's practice is private unless they share it or it answers an
-- assignment: coaches see only those runs.
CREATE TABLE teams (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE team_members (
    team_id    VARCHAR(36) NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    username   VARCHAR(60) NOT NULL,
    role       VARCHAR(10) NOT NULL,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, username)
);
CREATE INDEX members_by_user ON team_members (username);

-- An invitation may name a team and a role: signing up with it joins that team. Invitations expire and can be
-- revoked.
ALTER TABLE invitations ADD COLUMN team_id VARCHAR(36);
ALTER TABLE invitations ADD COLUMN team_role VARCHAR(10);
ALTER TABLE invitations ADD COLUMN invited_name VARCHAR(100);
ALTER TABLE invitations ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitations ADD COLUMN revoked BOOLEAN DEFAULT FALSE NOT NULL;

-- Work a coach gives a team or some of its people: a scenario to practise (kept as it was when assigned) or a
-- reply to rewrite, with a due date and an optional pass rule.
CREATE TABLE assignments (
    id            VARCHAR(36)  PRIMARY KEY,
    team_id       VARCHAR(36)  NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    scenario_id   VARCHAR(100),
    scenario_yaml TEXT,
    drill_id      VARCHAR(36),
    note          VARCHAR(2000),
    due           TIMESTAMP WITH TIME ZONE NOT NULL,
    min_score     INT,
    attempts      INT,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignments_by_team ON assignments (team_id, due);

-- When an assignment names people, only they have it; otherwise the team's learners all have it.
CREATE TABLE assignment_people (
    assignment_id VARCHAR(36) NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    username      VARCHAR(60) NOT NULL,
    PRIMARY KEY (assignment_id, username)
);

-- Runs and reviewed real conversations answer assignments (a scenario to practise, a conversation to have
-- reviewed), and their owner may share them with the coaches of their teams.
ALTER TABLE practice_sessions ADD COLUMN assignment_id VARCHAR(36);
ALTER TABLE practice_sessions ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX sessions_by_assignment ON practice_sessions (assignment_id, owner);
ALTER TABLE reviewed_conversations ADD COLUMN assignment_id VARCHAR(36);
ALTER TABLE reviewed_conversations ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX conversations_by_assignment ON reviewed_conversations (assignment_id, owner);

-- Comments, disputes and scorecard marks are about a run or a reviewed conversation: exactly one of the two ids is
-- set, and deleting the run or conversation deletes them.

-- A coach's (or the owner's) comment on one turn.
CREATE TABLE session_comments (
    id          VARCHAR(36)   PRIMARY KEY,
    session_id  VARCHAR(36)   REFERENCES practice_sessions (id) ON DELETE CASCADE,
    conversation_id VARCHAR(36) REFERENCES reviewed_conversations (id) ON DELETE CASCADE,
    turn        INT           NOT NULL,
    author      VARCHAR(60)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    seen        BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comments_by_session ON session_comments (session_id, created_at);
CREATE INDEX comments_by_conversation ON session_comments (conversation_id, created_at);

-- A learner's "that is not what I meant" about one finding, and how a coach settled it.
CREATE TABLE finding_disputes (
    id           VARCHAR(36)   PRIMARY KEY,
    session_id   VARCHAR(36)   REFERENCES practice_sessions (id) ON DELETE CASCADE,
    conversation_id VARCHAR(36) REFERENCES reviewed_conversations (id) ON DELETE CASCADE,
    turn         INT           NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    quote        VARCHAR(2000) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    state        VARCHAR(12)   NOT NULL,
    settled_by   VARCHAR(60),
    settle_note  VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX disputes_by_session ON finding_disputes (session_id);
CREATE INDEX disputes_by_conversation ON finding_disputes (conversation_id);

-- The team's scorecard as JSON, and a coach's marks on it: hand marks, and overrides of automatic ones.
CREATE TABLE scorecards (
    team_id     VARCHAR(36) PRIMARY KEY REFERENCES teams (id) ON DELETE CASCADE,
    card        TEXT        NOT NULL,
    updated_by  VARCHAR(60) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE scorecard_marks (
    id          VARCHAR(36)  PRIMARY KEY,
    team_id     VARCHAR(36)  NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    session_id  VARCHAR(36)  REFERENCES practice_sessions (id) ON DELETE CASCADE,
    conversation_id VARCHAR(36) REFERENCES reviewed_conversations (id) ON DELETE CASCADE,
    criterion   VARCHAR(40)  NOT NULL,
    mark        VARCHAR(10)  NOT NULL,
    reason      VARCHAR(500),
    override    BOOLEAN      NOT NULL,
    marked_by   VARCHAR(60)  NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marks_by_session ON scorecard_marks (session_id);
CREATE INDEX marks_by_conversation ON scorecard_marks (conversation_id);

-- The weekly rhythm: a moment a coach shares with the team ("conversation of the week"), and a real reply the team
-- rewrites with one named pattern ("Monday drill"), with each person's latest rewrite and its score.
CREATE TABLE team_highlights (
    id          VARCHAR(36)   PRIMARY KEY,
    team_id     VARCHAR(36)   NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    session_id  VARCHAR(36)   REFERENCES practice_sessions (id) ON DELETE CASCADE,
    conversation_id VARCHAR(36) REFERENCES reviewed_conversations (id) ON DELETE CASCADE,
    turn        INT,
    title       VARCHAR(200)  NOT NULL,
    excerpt     TEXT          NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX highlights_by_team ON team_highlights (team_id, created_at);

CREATE TABLE team_drills (
    id          VARCHAR(36)   PRIMARY KEY,
    team_id     VARCHAR(36)   NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    pattern     VARCHAR(40)   NOT NULL,
    customer    VARCHAR(2000) NOT NULL,
    reply       VARCHAR(2000) NOT NULL,
    note        VARCHAR(2000),
    created_by  VARCHAR(60)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX drills_by_team ON team_drills (team_id, created_at);

CREATE TABLE drill_rewrites (
    drill_id    VARCHAR(36)   NOT NULL REFERENCES team_drills (id) ON DELETE CASCADE,
    username    VARCHAR(60)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    score       INT           NOT NULL,
    feedback    VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (drill_id, username)
);

-- What coaches and administrators did, for the team to see who changed what.
CREATE TABLE audit_log (
    id       VARCHAR(36)  PRIMARY KEY,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(60)  NOT NULL,
    team_id  VARCHAR(36),
    action   VARCHAR(60)  NOT NULL,
    subject  VARCHAR(300) NOT NULL
);
CREATE INDEX audit_by_team ON audit_log (team_id, at);
