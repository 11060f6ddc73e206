-- The Pallium patient id behind each identifier an EHR sends. The unique key makes the mapping
-- stable under concurrent referrals: the second insert finds the first one's row.
CREATE TABLE patient (
    id                 UUID PRIMARY KEY,
    identifier_system  TEXT        NOT NULL,
    identifier_value   TEXT        NOT NULL,
    name               TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (identifier_system, identifier_value)
);

-- Referrals as the EHR submitted them, with the status the settings report back.
CREATE TABLE referral (
    id                   UUID PRIMARY KEY,
    patient_id           UUID        NOT NULL REFERENCES patient (id),
    setting              TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    status               TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'RECEIVED', 'ACCEPTED')),
    reason               TEXT        NOT NULL,
    referring_clinician  TEXT        NOT NULL,
    submitted_at         TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX referral_by_patient ON referral (patient_id);

-- The timeline read model: one row per event of any setting, ordered by clinical time; events
-- of the same instant (received and accepted, say) in the order they arrived.
CREATE TABLE timeline_entry (
    event_id        UUID PRIMARY KEY,
    arrival         BIGINT      GENERATED ALWAYS AS IDENTITY UNIQUE,
    patient_id      UUID        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    setting         TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    actor           TEXT,
    source_url      TEXT,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX timeline_by_patient_newest_first ON timeline_entry (patient_id, occurred_at DESC, arrival DESC);
