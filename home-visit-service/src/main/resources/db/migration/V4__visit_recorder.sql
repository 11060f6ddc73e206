-- Who recorded each visit, as their bearer token names them, beside the clinician that the request
-- names: who wrote to a patient's record does not rest on what the client says, and a home nurse sees
-- the visits they recorded, and the patients of the admissions they visit. Visits recorded before the
-- service authenticated its callers have none.
ALTER TABLE home_visit ADD COLUMN recorded_by TEXT;
CREATE INDEX home_visit_by_recorder ON home_visit (recorded_by, admission_id);
