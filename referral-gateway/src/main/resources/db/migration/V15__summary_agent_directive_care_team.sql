-- The healthcare agent and the advance directive as the summary shows them: the newest from any
-- setting, whether the clinic recorded a document (a health care power of attorney, an advance
-- directive) or the hospital team handed the patient over at discharge with what it knew.
CREATE TABLE summary_healthcare_agent (
    patient_id    UUID PRIMARY KEY,
    name          TEXT        NOT NULL,
    relationship  TEXT,
    phone         TEXT,
    setting       TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    source_url    TEXT        NOT NULL
);

-- status: the clinic's document status (DISCUSSED ... ON_FILE); null when the hospital's handover
-- noted the directive in words. reference: where the document is, or that note.
CREATE TABLE summary_advance_directive (
    patient_id    UUID PRIMARY KEY,
    status        TEXT CHECK (status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    reference     TEXT,
    setting       TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    source_url    TEXT        NOT NULL
);
