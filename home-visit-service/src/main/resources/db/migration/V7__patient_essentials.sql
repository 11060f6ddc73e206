-- The patient essentials a nurse reads on the doorstep (issue 7), as far as other settings, or the home
-- team's own published visits, record them: kept from their events, in the consumer's transaction. Rows
-- are kept for every patient whose event arrives, admitted to the home programme or not: the hospital
-- often documents a code status before the referral home arrives, and the nurse needs it at the first visit.

-- The newest statement of each fact about a patient, by clinical time: the code status, the healthcare
-- agent, the advance care planning documents, the goals of care. A statement replaces the row only when
-- it is newer (ties go to the greater source id), so the row is the same whatever order the events
-- arrive in. source_id is the record the statement comes from (a code status, a document, a conversation,
-- a transition). The agent's name and phone, the reference, what matters and the decisions are PHI.
CREATE TABLE essential_fact (
    patient_id          UUID        NOT NULL,
    fact                TEXT        NOT NULL CHECK (fact IN ('CODE_STATUS', 'HEALTHCARE_AGENT', 'LIVING_WILL',
        'ADVANCE_DIRECTIVE', 'POLST', 'GOALS_OF_CARE')),
    code_status         TEXT CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    agent_name          TEXT,
    agent_relationship  TEXT,
    agent_phone         TEXT,
    document_status     TEXT CHECK (document_status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    reference           TEXT,
    what_matters        TEXT,
    decisions           TEXT,
    setting             TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    recorded_by         TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    source_id           UUID        NOT NULL,
    PRIMARY KEY (patient_id, fact),
    CHECK ((fact = 'CODE_STATUS') = (code_status IS NOT NULL)),
    CHECK ((fact = 'HEALTHCARE_AGENT') = (agent_name IS NOT NULL AND agent_relationship IS NOT NULL)),
    CHECK (fact NOT IN ('LIVING_WILL', 'ADVANCE_DIRECTIVE', 'POLST') OR document_status IS NOT NULL OR reference IS NOT NULL),
    CHECK ((fact = 'GOALS_OF_CARE') = (what_matters IS NOT NULL OR decisions IS NOT NULL))
);

-- Each ESAS-r and PPS that another setting (or the home team, at a visit it published) assessed, as its
-- event told it: a completed visit's scores, or a handover's. One row per source record; the doorstep
-- view takes the newest by clinical time among these and the home team's own assessments, and the one
-- before it for the change.
CREATE TABLE received_assessment (
    source_id         UUID        PRIMARY KEY,
    patient_id        UUID        NOT NULL,
    setting           TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    esas              JSONB,
    esas_assessed_at  TIMESTAMPTZ,
    pps               INTEGER CHECK (pps BETWEEN 0 AND 100 AND pps % 10 = 0),
    pps_assessed_at   TIMESTAMPTZ,
    CHECK ((esas IS NULL) = (esas_assessed_at IS NULL)),
    CHECK ((pps IS NULL) = (pps_assessed_at IS NULL)),
    CHECK (esas IS NOT NULL OR pps IS NOT NULL)
);
CREATE INDEX received_assessment_by_patient ON received_assessment (patient_id);
