-- Who recorded each visit, as their bearer token names them, beside the clinician that the request
-- names: who wrote to a patient's record does not rest on what the client says. Visits recorded
-- before the service authenticated its callers have none.
ALTER TABLE visit ADD COLUMN recorded_by TEXT;
