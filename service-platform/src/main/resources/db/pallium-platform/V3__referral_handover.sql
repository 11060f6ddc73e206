-- What the team that handed a patient over knew (PatientTransitioned's handover), kept by the
-- setting that takes the patient on, under the referral the transition opened there. The handover
-- and that referral arrive on different topics, in either order, so it stands apart from the
-- service's own record of the referral; a view joins them by referral and patient.
CREATE TABLE referral_handover (
    referral_id     uuid PRIMARY KEY,
    patient_id      uuid        NOT NULL,
    from_setting    text        NOT NULL,
    outcome         text        NOT NULL,
    handover        jsonb       NOT NULL,
    transitioned_by text        NOT NULL,
    transitioned_at timestamptz NOT NULL,
    received_at     timestamptz NOT NULL
);
