-- The patient summary's read model (GET /api/patients/{id}/summary), kept by the consumer in the
-- transaction of each event, beside the timeline. Clinical time decides what is current: an event
-- that arrives late never replaces a newer one, and an event delivered again changes nothing. The
-- open referrals are the gateway's own (the referral table). No foreign key to patient: events may
-- arrive for a patient before, or without, a referral through the gateway.

-- Every visit of any setting: the last contact, and the two latest ESAS-r and PPS (the trend). The
-- scales' rules are checked where the visit was documented, and by the event's contract.
CREATE TABLE summary_visit (
    visit_id        UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    setting         TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    encounter_class TEXT        NOT NULL,
    clinician       TEXT        NOT NULL,
    discipline      TEXT        NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    ended_at        TIMESTAMPTZ NOT NULL,
    esas            JSONB,
    pps             INTEGER,
    source_url      TEXT        NOT NULL
);
CREATE INDEX summary_visit_newest_first ON summary_visit (patient_id, started_at DESC, visit_id DESC);
CREATE INDEX summary_visit_esas_newest_first ON summary_visit (patient_id, started_at DESC, visit_id DESC)
    WHERE esas IS NOT NULL;
CREATE INDEX summary_visit_pps_newest_first ON summary_visit (patient_id, started_at DESC, visit_id DESC)
    WHERE pps IS NOT NULL;

-- The code status: the newest documented in any setting, as the hospital team's code status or as
-- an advance care planning document.
CREATE TABLE summary_code_status (
    patient_id    UUID PRIMARY KEY,
    code_status   TEXT        NOT NULL CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    setting       TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    documented_by TEXT        NOT NULL,
    documented_at TIMESTAMPTZ NOT NULL,
    source_url    TEXT        NOT NULL
);

-- Each advance care planning document type's newest state, whichever setting recorded it.
CREATE TABLE summary_acp_document (
    patient_id         UUID        NOT NULL,
    document_type      TEXT        NOT NULL CHECK (document_type IN
        ('LIVING_WILL', 'ADVANCE_DIRECTIVE', 'HEALTH_CARE_POWER_OF_ATTORNEY', 'POLST', 'CODE_STATUS')),
    document_id        UUID        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('DISCUSSED', 'DRAFTED', 'SIGNED', 'ON_FILE')),
    reference          TEXT,
    agent_name         TEXT,
    agent_relationship TEXT,
    agent_phone        TEXT,
    code_status        TEXT CHECK (code_status IN ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_MEASURES_ONLY')),
    setting            TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    changed_by         TEXT        NOT NULL,
    changed_at         TIMESTAMPTZ NOT NULL,
    source_url         TEXT        NOT NULL,
    PRIMARY KEY (patient_id, document_type),
    CHECK ((agent_name IS NULL) = (agent_relationship IS NULL)),
    CHECK (agent_phone IS NULL OR agent_name IS NOT NULL)
);

-- The clinic's appointments as they stand: booked (or rescheduled), cancelled or missed. The next
-- one is the earliest booked one still to come, asked at read time. A cancellation or a no-show
-- whose booking has not arrived knows neither the clinician, the visit type nor the end.
CREATE TABLE summary_appointment (
    appointment_id UUID PRIMARY KEY,
    patient_id     UUID        NOT NULL,
    setting        TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    status         TEXT        NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'MISSED')),
    clinician      TEXT,
    visit_type     TEXT,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ,
    changed_at     TIMESTAMPTZ NOT NULL,
    source_url     TEXT        NOT NULL
);
CREATE INDEX summary_appointment_by_patient ON summary_appointment (patient_id, starts_at, appointment_id);
