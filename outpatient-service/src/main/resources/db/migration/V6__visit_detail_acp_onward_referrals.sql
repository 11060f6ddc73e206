-- The clinic's clinical work (issue 6): what each visit focused on, the ESAS-r and PPS assessed at
-- it, the interventions, the plan and the follow-up interval; advance care planning sessions and
-- documents with every change kept; and the referrals the team sends on to other services.

-- A visit's focus (ESAS-r symptoms and others, in the clinician's words) and interventions (medication
-- changes, comfort techniques taught, education) are lists kept with the visit. The follow-up interval
-- is an ISO-8601 period such as P14D. The scales' rules are checked by the service; the database keeps
-- a record that breaks them out all the same. Visits recorded before have none of these.
ALTER TABLE visit
    ADD COLUMN focus               JSONB NOT NULL DEFAULT '{"symptoms": [], "others": []}',
    ADD COLUMN interventions       JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN plan                TEXT,
    ADD COLUMN follow_up_after     TEXT CHECK (follow_up_after ~ '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$'),
    ADD COLUMN pain                INTEGER CHECK (pain BETWEEN 0 AND 10),
    ADD COLUMN tiredness           INTEGER CHECK (tiredness BETWEEN 0 AND 10),
    ADD COLUMN drowsiness          INTEGER CHECK (drowsiness BETWEEN 0 AND 10),
    ADD COLUMN nausea              INTEGER CHECK (nausea BETWEEN 0 AND 10),
    ADD COLUMN lack_of_appetite    INTEGER CHECK (lack_of_appetite BETWEEN 0 AND 10),
    ADD COLUMN shortness_of_breath INTEGER CHECK (shortness_of_breath BETWEEN 0 AND 10),
    ADD COLUMN depression          INTEGER CHECK (depression BETWEEN 0 AND 10),
    ADD COLUMN anxiety             INTEGER CHECK (anxiety BETWEEN 0 AND 10),
    ADD COLUMN wellbeing           INTEGER CHECK (wellbeing BETWEEN 0 AND 10),
    ADD COLUMN other               INTEGER CHECK (other BETWEEN 0 AND 10),
    ADD COLUMN other_problem       TEXT,
    ADD COLUMN completed_by        TEXT CHECK (completed_by IN ('PATIENT', 'CAREGIVER', 'CLINICIAN_ASSISTED')),
    ADD COLUMN pps                 INTEGER CHECK (pps BETWEEN 0 AND 100 AND pps % 10 = 0),
    ADD CONSTRAINT visit_esas_whole CHECK (num_nulls(pain, tiredness, drowsiness, nausea, lack_of_appetite,
        shortness_of_breath, depression, anxiety, wellbeing, completed_by) IN (0, 10)),
    ADD CONSTRAINT visit_esas_other CHECK ((other IS NULL) = (other_problem IS NULL)
        AND (other IS NULL OR pain IS NOT NULL));
-- The patient's assessments, for their trend.
CREATE INDEX visit_assessed_by_patient ON visit (patient_id, started_at) WHERE pain IS NOT NULL OR pps IS NOT NULL;

-- Advance care planning sessions: when, who took part, what was said.
CREATE TABLE acp_session (
    id            UUID PRIMARY KEY,
    patient_id    UUID        NOT NULL,
    held_at       TIMESTAMPTZ NOT NULL,
    participants  JSONB       NOT NULL,
    notes         TEXT        NOT NULL,
    documented_by TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX acp_session_by_patient ON acp_session (patient_id, held_at DESC);

-- An advance care planning document as it now stands. Its status only moves forward; a document the
-- patient revokes or rewrites is a new row of the same type, which becomes the current one (the newest
-- of its type), while the old one stays with its history.
CREATE TABLE acp_document (
    id                 UUID PRIMARY KEY,
    patient_id         UUID        NOT NULL,
    document_type      TEXT        NOT NULL CHECK (document_type IN
                           ('LIVING_WILL', 'ADVANCE_DIRECTIVE', 'HEALTH_CARE_POWER_OF_ATTORNEY', 'POLST', 'CODE_STATUS')),
    status             TEXT        NOT NULL CHECK (status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    reference          TEXT,
    agent_name         TEXT,
    agent_relationship TEXT,
    agent_phone        TEXT,
    code_status        TEXT CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    changed_at         TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    CHECK (status <> 'ON_FILE' OR reference IS NOT NULL),
    CHECK ((agent_name IS NULL) = (agent_relationship IS NULL)),
    CHECK (agent_phone IS NULL OR agent_name IS NOT NULL),
    CHECK (agent_name IS NULL OR document_type = 'HEALTH_CARE_POWER_OF_ATTORNEY'),
    CHECK (agent_name IS NOT NULL OR document_type <> 'HEALTH_CARE_POWER_OF_ATTORNEY' OR status = 'DISCUSSED'),
    CHECK ((code_status IS NOT NULL) = (document_type = 'CODE_STATUS'))
);
CREATE INDEX acp_document_by_patient ON acp_document (patient_id, document_type, recorded_at DESC);

-- Every change of a document, its first recording included: what it said after the change.
CREATE TABLE acp_document_change (
    id                 UUID PRIMARY KEY,
    document_id        UUID        NOT NULL REFERENCES acp_document (id),
    patient_id         UUID        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    previous_status    TEXT CHECK (previous_status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    reference          TEXT,
    agent_name         TEXT,
    agent_relationship TEXT,
    agent_phone        TEXT,
    code_status        TEXT CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    note               TEXT,
    changed_at         TIMESTAMPTZ NOT NULL,
    changed_by         TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    CHECK (status <> 'ON_FILE' OR reference IS NOT NULL)
);
CREATE INDEX acp_document_change_by_document ON acp_document_change (document_id, changed_at, recorded_at);

-- Referrals the team sends on to other services, and where each stands: SENT, SCHEDULED, SEEN, CLOSED.
CREATE TABLE onward_referral (
    id              UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    service         TEXT        NOT NULL CHECK (service IN ('PSYCHIATRY', 'PAIN_MEDICINE', 'INTERVENTIONAL_PAIN',
                        'INTEGRATIVE_MEDICINE', 'SOCIAL_WORK', 'CHAPLAINCY', 'OTHER')),
    recipient       TEXT,
    reason          TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('SENT', 'SCHEDULED', 'SEEN', 'CLOSED')),
    sent_at         TIMESTAMPTZ NOT NULL,
    appointment_at  TIMESTAMPTZ,
    seen_at         TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    closure_reason  TEXT,
    changed_at      TIMESTAMPTZ NOT NULL,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    CHECK (service <> 'OTHER' OR recipient IS NOT NULL),
    CHECK (status <> 'SEEN' OR seen_at IS NOT NULL),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (status <> 'CLOSED' OR seen_at IS NOT NULL OR closure_reason IS NOT NULL)
);
CREATE INDEX onward_referral_by_patient ON onward_referral (patient_id, sent_at DESC);

-- Each step of an onward referral, the sending included.
CREATE TABLE onward_referral_step (
    id                 UUID PRIMARY KEY,
    onward_referral_id UUID        NOT NULL REFERENCES onward_referral (id),
    patient_id         UUID        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('SENT', 'SCHEDULED', 'SEEN', 'CLOSED')),
    previous_status    TEXT CHECK (previous_status IN ('SENT', 'SCHEDULED', 'SEEN')),
    taken_at           TIMESTAMPTZ NOT NULL,
    appointment_at     TIMESTAMPTZ,
    reason             TEXT,
    recorded_by        TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX onward_referral_step_by_referral ON onward_referral_step (onward_referral_id, taken_at, recorded_at);
