-- The team triages each referral instead of admitting every patient: an admission is RECEIVED, then
-- accepted (the patient is admitted) or rejected, scheduled, IN_CARE from its first visit, and
-- concluded (COMPLETED: discharged, or CLOSED) or transferred to another setting; or cancelled by the
-- referrer. Each step keeps when, by whom and why (the reasons are the team's free text and may be
-- clinical). The columns are those of the platform's ReferralLifecycle, which every care service
-- embeds in its record of a referral.
ALTER TABLE home_admission DROP CONSTRAINT home_admission_status_check;

-- Until now every patient was admitted as the referral arrived: admissions with a visit are in the
-- team's care, their earliest uploaded visit the first one; a discharge completed the care.
UPDATE home_admission SET status = CASE
    WHEN status = 'DISCHARGED' THEN 'COMPLETED'
    WHEN status = 'ADMITTED' AND EXISTS (SELECT 1 FROM home_visit WHERE home_visit.admission_id = home_admission.id)
        THEN 'IN_CARE'
    WHEN status = 'ADMITTED' THEN 'ACCEPTED'
    ELSE status END;
ALTER TABLE home_admission ADD CONSTRAINT home_admission_status_check CHECK (status IN
    ('RECEIVED', 'ACCEPTED', 'REJECTED', 'SCHEDULED', 'IN_CARE', 'COMPLETED', 'CLOSED', 'TRANSFERRED', 'CANCELLED'));

ALTER TABLE home_admission RENAME COLUMN admitted_at TO accepted_at;
ALTER TABLE home_admission ADD COLUMN received_at TIMESTAMPTZ;
UPDATE home_admission SET received_at = accepted_at;
ALTER TABLE home_admission ALTER COLUMN received_at SET NOT NULL;
ALTER TABLE home_admission ALTER COLUMN accepted_at DROP NOT NULL;
ALTER TABLE home_admission
    ADD COLUMN accepted_by              TEXT,
    ADD COLUMN rejected_at              TIMESTAMPTZ,
    ADD COLUMN rejected_by              TEXT,
    ADD COLUMN rejection_reason         TEXT,
    ADD COLUMN scheduled_first_visit_at TIMESTAMPTZ,
    ADD COLUMN scheduled_at             TIMESTAMPTZ,
    ADD COLUMN scheduled_by             TEXT,
    ADD COLUMN first_visit_id           UUID,
    ADD COLUMN first_visit_started_at   TIMESTAMPTZ,
    ADD COLUMN outcome                  TEXT CHECK (outcome IN ('COMPLETED', 'CLOSED')),
    ADD COLUMN concluded_at             TIMESTAMPTZ,
    ADD COLUMN concluded_by             TEXT,
    ADD COLUMN conclusion_reason        TEXT,
    ADD COLUMN transferred_to           TEXT CHECK (transferred_to IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    ADD COLUMN transfer_referral_id     UUID UNIQUE,
    ADD COLUMN transferred_at           TIMESTAMPTZ,
    ADD COLUMN transferred_by           TEXT,
    ADD COLUMN transfer_reason          TEXT;

UPDATE home_admission SET first_visit_id = first.id, first_visit_started_at = first.started_at
FROM (SELECT DISTINCT ON (admission_id) admission_id, id, started_at FROM home_visit
      ORDER BY admission_id, recorded_at, id) AS first
WHERE first.admission_id = home_admission.id;
