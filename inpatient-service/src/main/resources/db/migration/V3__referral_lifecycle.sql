-- The team triages each referral instead of taking every one on: a consult is RECEIVED, then accepted
-- or rejected, scheduled, IN_CARE from its first encounter, and concluded (COMPLETED or CLOSED) or
-- transferred to another setting; or cancelled by the referrer. Each step keeps when, by whom and why
-- (the reasons are the team's free text and may be clinical). The columns are those of the platform's
-- ReferralLifecycle, which every care service embeds in its record of a referral.
ALTER TABLE consult DROP CONSTRAINT consult_status_check;

-- Until now every referral was accepted as it arrived: the consults in hand stay accepted, and those
-- the team saw are in its care, their earliest recorded encounter the first visit.
UPDATE consult SET status = CASE status
    WHEN 'REQUESTED' THEN 'ACCEPTED'
    WHEN 'SEEN' THEN 'IN_CARE'
    WHEN 'FOLLOWING' THEN 'IN_CARE'
    WHEN 'SIGNED_OFF' THEN 'COMPLETED'
    ELSE status END;
ALTER TABLE consult ADD CONSTRAINT consult_status_check CHECK (status IN
    ('RECEIVED', 'ACCEPTED', 'REJECTED', 'SCHEDULED', 'IN_CARE', 'COMPLETED', 'CLOSED', 'TRANSFERRED', 'CANCELLED'));

ALTER TABLE consult ADD COLUMN received_at TIMESTAMPTZ;
UPDATE consult SET received_at = accepted_at;
ALTER TABLE consult ALTER COLUMN received_at SET NOT NULL;
ALTER TABLE consult ALTER COLUMN accepted_at DROP NOT NULL;
ALTER TABLE consult
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

UPDATE consult SET first_visit_id = first.id, first_visit_started_at = first.started_at
FROM (SELECT DISTINCT ON (consult_id) consult_id, id, started_at FROM encounter ORDER BY consult_id, recorded_at, id) AS first
WHERE first.consult_id = consult.id;
