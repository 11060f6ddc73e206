-- The quality measures' read model (GET /api/quality/...), kept by the consumer in the transaction
-- of each referral event, beside the timeline and the summary. Every statement is an upsert that
-- gives the same row whatever order the events arrive in and however often: an opening, a first
-- visit and an ending each fill their own columns. No foreign keys: an event may name a patient or a
-- referral before the event that opens it arrives.

-- Each referral of any setting: when it was opened (ReferralSubmitted; a consult asked for inside the
-- hospital opens one too, ConsultRequested), when its first palliative visit began, and how it
-- ended. submitted_at stays null until the opening arrives; such a referral is not measured yet.
CREATE TABLE quality_referral (
    referral_id    UUID PRIMARY KEY,
    patient_id     UUID        NOT NULL,
    setting        TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    submitted_at   TIMESTAMPTZ,
    first_visit_at TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,
    ending         TEXT CHECK (ending IN ('REJECTED', 'CANCELLED', 'COMPLETED', 'CLOSED', 'TRANSFERRED')),
    CHECK ((ended_at IS NULL) = (ending IS NULL))
);
CREATE INDEX quality_referral_by_submission ON quality_referral (submitted_at, setting);

-- Each patient with advanced cancer, for the worklist "seen by palliative care within 8 weeks of
-- diagnosis": the earliest advanced cancer diagnosis with a date that any referral sent, and the
-- first palliative visit under any referral of the patient. A row may hold only the first visit (a
-- patient without advanced cancer, or whose diagnosis has not arrived yet).
CREATE TABLE quality_patient (
    patient_id       UUID PRIMARY KEY,
    diagnosis_system TEXT,
    diagnosis_code   TEXT,
    diagnosis_text   TEXT,
    diagnosed_on     DATE,
    first_seen_at    TIMESTAMPTZ,
    CHECK ((diagnosed_on IS NULL) = (diagnosis_text IS NULL))
);
-- The worklist: patients not seen yet, the longest since diagnosis first.
CREATE INDEX quality_patient_worklist ON quality_patient (diagnosed_on, patient_id)
    WHERE first_seen_at IS NULL AND diagnosed_on IS NOT NULL;
