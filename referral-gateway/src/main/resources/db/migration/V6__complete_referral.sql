-- The whole referral as the EHR sent it (patient details, diagnosis, symptoms, urgency, goals,
-- referrer, coverage, attachments by reference), kept as one JSON document: it is read whole, to
-- show the referral and to hand it on, never searched field by field. Referrals from before this
-- migration were taken in without it, so it stays NULL for them.
ALTER TABLE referral ADD COLUMN details JSONB;

-- The newest details an EHR sent about the patient, so that a referral which only identifies a
-- known patient (FHIR subject.identifier) still reaches its setting with them.
ALTER TABLE patient
    ADD COLUMN details JSONB,
    ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE patient SET updated_at = created_at;
ALTER TABLE patient ALTER COLUMN updated_at SET NOT NULL;
