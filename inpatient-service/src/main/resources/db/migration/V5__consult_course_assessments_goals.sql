-- The hospital team's consult work (issue 5): where the patient lies and what the consult asks, how
-- fast the team answers, the encounters' detail, symptom assessments, goals of care, code status,
-- the advance directive, the care team and the transition at discharge.

-- A consult comes from a referral the team accepted, or is requested inside the hospital. Its
-- response target runs from the request, by urgency; seen_at is its initial consult encounter and
-- followed_up_at its first daily follow-up. Consults taken in before this migration had no urgency
-- or diagnosis kept: they read as routine, due 48 hours after their request.
ALTER TABLE consult
    ADD COLUMN origin                  TEXT NOT NULL DEFAULT 'REFERRAL' CHECK (origin IN ('REFERRAL', 'HOSPITAL_REQUEST')),
    ADD COLUMN urgency                 TEXT NOT NULL DEFAULT 'ROUTINE' CHECK (urgency IN ('ROUTINE', 'URGENT', 'EMERGENT')),
    ADD COLUMN diagnosis               JSONB,
    ADD COLUMN requesting_organisation TEXT,
    ADD COLUMN unit                    TEXT,
    ADD COLUMN bed                     TEXT,
    ADD COLUMN admitting_service       TEXT,
    ADD COLUMN response_due_at         TIMESTAMPTZ,
    ADD COLUMN seen_at                 TIMESTAMPTZ,
    ADD COLUMN followed_up_at          TIMESTAMPTZ,
    ADD CONSTRAINT consult_followed_up_after_seen CHECK (followed_up_at IS NULL OR seen_at IS NOT NULL);
UPDATE consult SET response_due_at = requested_at + INTERVAL '48 hours';
ALTER TABLE consult ALTER COLUMN response_due_at SET NOT NULL;
UPDATE consult SET seen_at = first_visit_started_at WHERE first_visit_started_at IS NOT NULL;
ALTER TABLE consult ALTER COLUMN origin DROP DEFAULT;
ALTER TABLE consult ALTER COLUMN urgency DROP DEFAULT;
CREATE INDEX consult_census ON consult (status, unit);

-- Each encounter's detail: the disciplines present, who took part, and the interventions made,
-- recommendations to the primary team among them.
ALTER TABLE encounter
    ADD COLUMN disciplines_present JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN participants        JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN interventions       JSONB NOT NULL DEFAULT '[]';

-- ESAS-r and PPS, at an encounter or on their own. The scales' rules are checked by the service;
-- the database keeps a record that breaks them out all the same.
CREATE TABLE assessment (
    id                  UUID PRIMARY KEY,
    consult_id          UUID        NOT NULL REFERENCES consult (id),
    patient_id          UUID        NOT NULL,
    encounter_id        UUID REFERENCES encounter (id),
    assessed_at         TIMESTAMPTZ NOT NULL,
    pain                INTEGER CHECK (pain BETWEEN 0 AND 10),
    tiredness           INTEGER CHECK (tiredness BETWEEN 0 AND 10),
    drowsiness          INTEGER CHECK (drowsiness BETWEEN 0 AND 10),
    nausea              INTEGER CHECK (nausea BETWEEN 0 AND 10),
    lack_of_appetite    INTEGER CHECK (lack_of_appetite BETWEEN 0 AND 10),
    shortness_of_breath INTEGER CHECK (shortness_of_breath BETWEEN 0 AND 10),
    depression          INTEGER CHECK (depression BETWEEN 0 AND 10),
    anxiety             INTEGER CHECK (anxiety BETWEEN 0 AND 10),
    wellbeing           INTEGER CHECK (wellbeing BETWEEN 0 AND 10),
    other               INTEGER CHECK (other BETWEEN 0 AND 10),
    other_problem       TEXT,
    completed_by        TEXT CHECK (completed_by IN ('PATIENT', 'CAREGIVER', 'CLINICIAN_ASSISTED')),
    pps                 INTEGER CHECK (pps BETWEEN 0 AND 100 AND pps % 10 = 0),
    recorded_by         TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    CHECK (num_nulls(pain, tiredness, drowsiness, nausea, lack_of_appetite, shortness_of_breath, depression, anxiety,
                     wellbeing, completed_by) IN (0, 10)),
    CHECK ((other IS NULL) = (other_problem IS NULL) AND (other IS NULL OR pain IS NOT NULL)),
    CHECK (pain IS NOT NULL OR pps IS NOT NULL)
);
CREATE INDEX assessment_by_patient ON assessment (patient_id, assessed_at DESC);

-- Goals-of-care conversations, with the participants, what matters to the patient and the decisions.
CREATE TABLE goals_of_care_conversation (
    id            UUID PRIMARY KEY,
    consult_id    UUID        NOT NULL REFERENCES consult (id),
    patient_id    UUID        NOT NULL,
    held_at       TIMESTAMPTZ NOT NULL,
    participants  JSONB       NOT NULL,
    what_matters  TEXT        NOT NULL,
    decisions     TEXT        NOT NULL,
    documented_by TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX goals_of_care_by_patient ON goals_of_care_conversation (patient_id, held_at DESC);

-- Code status, every documentation of it kept: the history is the rows, the newest effective one
-- is current.
CREATE TABLE code_status (
    id            UUID PRIMARY KEY,
    consult_id    UUID        NOT NULL REFERENCES consult (id),
    patient_id    UUID        NOT NULL,
    code_status   TEXT        NOT NULL CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    effective_at  TIMESTAMPTZ NOT NULL,
    note          TEXT,
    documented_by TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX code_status_by_patient ON code_status (patient_id, effective_at DESC, recorded_at DESC);

-- The advance directive and the healthcare agent, as recorded or referenced; each update is kept.
CREATE TABLE advance_directive (
    id                         UUID PRIMARY KEY,
    consult_id                 UUID        NOT NULL REFERENCES consult (id),
    patient_id                 UUID        NOT NULL,
    status                     TEXT        NOT NULL CHECK (status IN ('NONE', 'DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    document_reference         TEXT,
    note                       TEXT,
    agent_name                 TEXT,
    agent_relationship         TEXT,
    agent_phone                TEXT,
    documented_by              TEXT        NOT NULL,
    recorded_at                TIMESTAMPTZ NOT NULL,
    CHECK ((agent_name IS NULL) = (agent_relationship IS NULL)),
    CHECK (agent_phone IS NULL OR agent_name IS NOT NULL)
);
CREATE INDEX advance_directive_by_patient ON advance_directive (patient_id, recorded_at DESC);

-- The consult's care team: its members and their roles.
CREATE TABLE care_team_member (
    consult_id UUID NOT NULL REFERENCES consult (id),
    member     TEXT NOT NULL,
    name       TEXT NOT NULL,
    discipline TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
    PRIMARY KEY (consult_id, member)
);
CREATE INDEX care_team_by_member ON care_team_member (member);

-- The transition at discharge: one per consult, with the handover the receiving setting gets.
CREATE TABLE transition (
    id                 UUID PRIMARY KEY,
    consult_id         UUID        NOT NULL UNIQUE REFERENCES consult (id),
    patient_id         UUID        NOT NULL,
    outcome            TEXT        NOT NULL CHECK (outcome IN
                           ('HOME_PROGRAMME', 'OUTPATIENT_CLINIC', 'HOSPICE', 'NURSING_FACILITY', 'DIED_IN_HOSPITAL')),
    onward_referral_id UUID UNIQUE,
    reason             TEXT,
    handover           JSONB       NOT NULL,
    transitioned_at    TIMESTAMPTZ NOT NULL,
    transitioned_by    TEXT        NOT NULL,
    CHECK ((onward_referral_id IS NOT NULL) = (outcome IN ('HOME_PROGRAMME', 'OUTPATIENT_CLINIC')))
);
