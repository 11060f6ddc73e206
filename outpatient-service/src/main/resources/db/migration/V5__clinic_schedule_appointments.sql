-- The clinic's schedule (issue 6): its clinicians with their weekly hours and their exceptions, the
-- appointments booked with them, and the patients' other appointments on campus as the EHR sends them.

-- btree_gist lets an exclusion constraint compare a clinician or a patient with = beside a time range
-- with &&. It is a trusted extension: the database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The clinicians the clinic books, by their Pallium user id (the id their bearer token carries).
CREATE TABLE clinician (
    id          TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    discipline  TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- A clinician's weekly template: blocks of hours on a day of the week, in the clinic's local time
-- (pallium.clinic.zone), several a day. The service keeps a day's blocks from overlapping.
CREATE TABLE working_hours (
    clinician_id TEXT NOT NULL REFERENCES clinician (id),
    day_of_week  TEXT NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                      'SATURDAY', 'SUNDAY')),
    starts_at    TIME NOT NULL,
    ends_at      TIME NOT NULL,
    PRIMARY KEY (clinician_id, day_of_week, starts_at),
    CHECK (ends_at > starts_at)
);

-- Time a clinician (or, without one, the whole clinic) sees no patients: leave, a holiday, anything else.
CREATE TABLE schedule_exception (
    id           UUID PRIMARY KEY,
    clinician_id TEXT REFERENCES clinician (id),
    kind         TEXT        NOT NULL CHECK (kind IN ('LEAVE', 'HOLIDAY', 'OTHER')),
    starts_at    TIMESTAMPTZ NOT NULL,
    ends_at      TIMESTAMPTZ NOT NULL,
    note         TEXT,
    recorded_by  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX schedule_exception_by_clinician ON schedule_exception (clinician_id, ends_at);

-- An appointment at the clinic, under the patient's open referral. Its id is the client's, so a
-- retried booking finds it. Each step keeps when and by whom; a cancellation also why.
CREATE TABLE appointment (
    id                  UUID PRIMARY KEY,
    patient_id          UUID        NOT NULL,
    referral_id         UUID        NOT NULL REFERENCES clinic_referral (id),
    clinician_id        TEXT        NOT NULL REFERENCES clinician (id),
    visit_type          TEXT        NOT NULL CHECK (visit_type IN ('NEW_PATIENT', 'FOLLOW_UP', 'SYMPTOM_FOCUSED',
                                                                   'ADVANCE_CARE_PLANNING', 'FAMILY_MEETING', 'VIDEO_VISIT')),
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'MISSED')),
    booked_by           TEXT        NOT NULL,
    booked_at           TIMESTAMPTZ NOT NULL,
    rescheduled_by      TEXT,
    rescheduled_at      TIMESTAMPTZ,
    checked_in_by       TEXT,
    checked_in_at       TIMESTAMPTZ,
    completed_by        TEXT,
    completed_at        TIMESTAMPTZ,
    cancelled_by        TEXT,
    cancelled_at        TIMESTAMPTZ,
    cancellation_reason TEXT,
    missed_recorded_by  TEXT,
    missed_recorded_at  TIMESTAMPTZ,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL)),
    -- Nobody is booked twice at once, however many requests race: an appointment that was not
    -- cancelled or missed holds its time (AppointmentStatus.HOLDING_TIME), against any other of the
    -- same clinician or the same patient. Ranges are [start, end): one may end when the next starts.
    CONSTRAINT appointment_clinician_not_double_booked EXCLUDE USING gist
        (clinician_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')),
    CONSTRAINT appointment_patient_not_double_booked EXCLUDE USING gist
        (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED'))
);
CREATE INDEX appointment_by_patient ON appointment (patient_id, starts_at);
CREATE INDEX appointment_by_clinician ON appointment (clinician_id, starts_at);

-- The patient's other appointments on the same campus (oncology, infusion, imaging...), as the EHR
-- sends them, under the EHR's own ids: the clinic books around them. The EHR replaces a patient's
-- whole list each time; an appointment it no longer sends is gone.
CREATE TABLE campus_appointment (
    patient_id    UUID        NOT NULL,
    ehr_id        TEXT        NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    description   TEXT,
    location      TEXT,
    received_from TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, ehr_id),
    CHECK (ends_at > starts_at)
);
