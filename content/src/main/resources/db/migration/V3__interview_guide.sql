-- Interview guides keep their sections, questions and translations with each revision.
ALTER TABLE item_revision ADD COLUMN guide_json VARCHAR(400000);
