-- Consults of the hospital palliative team, each started by an accepted referral.
CREATE TABLE consult (
    id                         UUID PRIMARY KEY,
    referral_id                UUID        NOT NULL UNIQUE,
    patient_id                 UUID        NOT NULL,
    status                     TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'SEEN', 'FOLLOWING', 'SIGNED_OFF')),
    reason                     TEXT        NOT NULL,
    requesting_clinician       TEXT        NOT NULL,
    patient_name               TEXT        NOT NULL,
    patient_identifier_system  TEXT        NOT NULL,
    patient_identifier_value   TEXT        NOT NULL,
    requested_at               TIMESTAMPTZ NOT NULL,
    accepted_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX consult_by_patient ON consult (patient_id);

-- The initial consult and the daily follow-ups (FHIR Encounter class IMP).
CREATE TABLE encounter (
    id           UUID PRIMARY KEY,
    consult_id   UUID        NOT NULL REFERENCES consult (id),
    patient_id   UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('INITIAL_CONSULT', 'FOLLOW_UP')),
    clinician    TEXT        NOT NULL,
    discipline   TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    ended_at     TIMESTAMPTZ NOT NULL,
    notes        TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ended_at >= started_at)
);
CREATE INDEX encounter_by_consult ON encounter (consult_id, started_at);
