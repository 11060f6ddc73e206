-- Patients of the home-based programme, each admitted from a referral the gateway routed to HOME.
CREATE TABLE home_admission (
    id                         UUID PRIMARY KEY,
    referral_id                UUID        NOT NULL UNIQUE,
    patient_id                 UUID        NOT NULL,
    status                     TEXT        NOT NULL CHECK (status IN ('ADMITTED', 'DISCHARGED')),
    reason                     TEXT        NOT NULL,
    referring_clinician        TEXT        NOT NULL,
    patient_name               TEXT        NOT NULL,
    patient_identifier_system  TEXT        NOT NULL,
    patient_identifier_value   TEXT        NOT NULL,
    submitted_at               TIMESTAMPTZ NOT NULL,
    admitted_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX home_admission_by_patient ON home_admission (patient_id, status);

-- Visits at the patient's home (FHIR Encounter class HH). started_at is the clinical time; a visit
-- documented offline is uploaded, and recorded_at set, later.
CREATE TABLE home_visit (
    id            UUID PRIMARY KEY,
    admission_id  UUID        NOT NULL REFERENCES home_admission (id),
    patient_id    UUID        NOT NULL,
    clinician     TEXT        NOT NULL,
    discipline    TEXT        NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    ended_at      TIMESTAMPTZ NOT NULL,
    notes         TEXT,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ended_at >= started_at)
);
CREATE INDEX home_visit_by_patient ON home_visit (patient_id, started_at);
CREATE INDEX home_visit_by_admission ON home_visit (admission_id);
