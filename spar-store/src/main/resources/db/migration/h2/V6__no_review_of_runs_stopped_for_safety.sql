-- A run stopped for safety is not reviewed: it has no score and no critique, so none of its lines is shown as a
-- finding, a habit or a team's evidence. Runs stored before that rule kept both; they are dropped here.
UPDATE practice_sessions SET score = NULL, critique = NULL WHERE outcome = 'stopped-for-safety';
