-- Referrals the clinic has taken on; the id is the referral's own id, so a referral is accepted once.
CREATE TABLE clinic_referral (
    id                         UUID PRIMARY KEY,
    patient_id                 UUID        NOT NULL,
    status                     TEXT        NOT NULL CHECK (status IN ('ACCEPTED')),
    reason                     TEXT        NOT NULL,
    referring_clinician        TEXT        NOT NULL,
    patient_name               TEXT        NOT NULL,
    patient_identifier_system  TEXT        NOT NULL,
    patient_identifier_value   TEXT        NOT NULL,
    submitted_at               TIMESTAMPTZ NOT NULL,
    accepted_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX clinic_referral_by_patient ON clinic_referral (patient_id, submitted_at);

-- Clinic visits (FHIR Encounter class AMB), and video visits (VR).
CREATE TABLE visit (
    id           UUID PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    referral_id  UUID        NOT NULL REFERENCES clinic_referral (id),
    visit_type   TEXT        NOT NULL CHECK (visit_type IN ('NEW_PATIENT', 'FOLLOW_UP', 'SYMPTOM_FOCUSED',
                                                            'ADVANCE_CARE_PLANNING', 'FAMILY_MEETING', 'VIDEO_VISIT')),
    clinician    TEXT        NOT NULL,
    discipline   TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    ended_at     TIMESTAMPTZ NOT NULL,
    notes        TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ended_at >= started_at)
);
CREATE INDEX visit_by_patient ON visit (patient_id, started_at);
