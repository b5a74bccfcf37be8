-- Function at follow-up: the Roland-Morris Disability Questionnaire (0-24 items checked) beside the
-- Oswestry index, so that the audit can count the minimal important change on either scale.
ALTER TABLE follow_ups ADD COLUMN rmdq INTEGER CHECK (rmdq BETWEEN 0 AND 24);
