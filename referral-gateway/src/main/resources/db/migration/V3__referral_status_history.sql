-- Every status a referral has had: when, by whom (the referring clinician, or the service of the
-- setting that reported it) and why, when a reason was given.
CREATE TABLE referral_status_change (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id UUID        NOT NULL REFERENCES referral (id),
    status      TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    changed_by  TEXT        NOT NULL,
    reason      TEXT
);
CREATE INDEX referral_status_change_by_referral ON referral_status_change (referral_id, id);

-- Referrals from before the history: their submission, and where they stand now.
INSERT INTO referral_status_change (referral_id, status, changed_at, changed_by)
SELECT id, 'REQUESTED', submitted_at, referring_clinician FROM referral;
INSERT INTO referral_status_change (referral_id, status, changed_at, changed_by)
SELECT id, status, updated_at, 'pallium' FROM referral WHERE status <> 'REQUESTED';

-- The referral lists: newest first, for one patient, or by status and setting.
CREATE INDEX referral_newest_first ON referral (submitted_at DESC, id DESC);
CREATE INDEX referral_by_patient_newest_first ON referral (patient_id, submitted_at DESC, id DESC);
DROP INDEX referral_by_patient;
