CREATE TABLE runs (
    id             VARCHAR(36)  PRIMARY KEY,
    scenario_id    VARCHAR(100) NOT NULL,
    scenario_title VARCHAR(200) NOT NULL,
    seed           BIGINT       NOT NULL,
    difficulty     INT          NOT NULL,
    outcome        VARCHAR(40)  NOT NULL,
    score          INT          NOT NULL,
    learner_turns  INT          NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    report         TEXT         NOT NULL
);
CREATE INDEX runs_by_scenario ON runs (scenario_id, saved_at);
