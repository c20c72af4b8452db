-- A language model may say the simulator's chosen line in its own words: keep the simulator's line beside the
-- words said, so a session rebuilt after a restart keeps the model's words without asking the model again.
ALTER TABLE session_turns ADD COLUMN simulator_line CLOB;

-- The coach's notes a model wrote for an ended session, as JSON; absent when no model wrote any.
ALTER TABLE practice_sessions ADD COLUMN coach_notes CLOB;
