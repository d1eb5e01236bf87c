-- A team lead may close a round before its closing date (everyone who will answer has).
ALTER TABLE assessment_round ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
