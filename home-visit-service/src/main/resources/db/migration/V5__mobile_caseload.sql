-- The home programme as its visiting nurses' mobile app works it (issue 7): where each patient lives
-- and who visits them, the visit plans and the schedule they generate, Electronic Visit Verification,
-- what the app documents offline (visits, notes, assessments, calls to the nurse line), the family,
-- and the change feed the app syncs from. Every record the app may edit offline carries a version,
-- so that an edit made against an older version is refused as a conflict, never applied over a newer one.

-- One row per patient of the programme, kept across admissions. The address, its coordinates and the
-- access notes (door code, dog, parking) are PHI. allergies_status tells "no known allergies" apart from
-- "not asked yet". agency is the home health agency whose staff visit, for the EVV export.
CREATE TABLE home_patient (
    patient_id              UUID PRIMARY KEY,
    residence               TEXT CHECK (residence IN ('PRIVATE_HOME', 'RELATIVES_HOME', 'ASSISTED_LIVING', 'NURSING_HOME')),
    address_line            TEXT,
    city                    TEXT,
    postal_code             TEXT,
    latitude                DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude               DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    access_notes            TEXT,
    allergies_status        TEXT        NOT NULL CHECK (allergies_status IN ('UNKNOWN', 'NO_KNOWN_ALLERGIES', 'RECORDED')),
    allergies               JSONB       NOT NULL DEFAULT '[]',
    assigned_nurse          TEXT,
    assigned_social_worker  TEXT,
    agency                  TEXT        NOT NULL,
    version                 BIGINT      NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    updated_by              TEXT        NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK ((allergies_status = 'RECORDED') = (jsonb_array_length(allergies) > 0))
);
CREATE INDEX home_patient_by_nurse ON home_patient (assigned_nurse);
CREATE INDEX home_patient_by_social_worker ON home_patient (assigned_social_worker);

-- The patient's family and friends, each with their relationship. birth_year lets the team see which
-- siblings of a child patient are children themselves. Names and phone numbers are PHI.
CREATE TABLE family_contact (
    id                 UUID PRIMARY KEY,
    patient_id         UUID        NOT NULL,
    name               TEXT        NOT NULL,
    relationship       TEXT        NOT NULL CHECK (relationship IN ('SPOUSE', 'PARTNER', 'PARENT', 'CHILD', 'SIBLING',
        'GRANDPARENT', 'GRANDCHILD', 'OTHER_RELATIVE', 'GUARDIAN', 'FRIEND', 'NEIGHBOUR', 'PAID_CAREGIVER')),
    phone              TEXT,
    primary_caregiver  BOOLEAN     NOT NULL,
    birth_year         INTEGER CHECK (birth_year BETWEEN 1900 AND 2200),
    notes              TEXT,
    version            BIGINT      NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         TEXT        NOT NULL
);
CREATE INDEX family_contact_by_patient ON family_contact (patient_id);

-- Support the team gave the family: a caregiver, a sibling of a child patient, the bereaved. In person
-- it is a visit; by phone or video, a contact. A support for the family as a whole names no member.
CREATE TABLE family_support (
    id                 UUID PRIMARY KEY,
    patient_id         UUID        NOT NULL,
    family_contact_id  UUID REFERENCES family_contact (id) ON DELETE SET NULL,
    focus              TEXT        NOT NULL CHECK (focus IN ('CAREGIVER_SUPPORT', 'SIBLING_SUPPORT', 'ANTICIPATORY_GRIEF',
        'BEREAVEMENT', 'PRACTICAL_RESOURCES', 'OTHER')),
    mode               TEXT        NOT NULL CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIDEO')),
    occurred_at        TIMESTAMPTZ NOT NULL,
    duration_minutes   INTEGER     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    provided_by        TEXT        NOT NULL,
    discipline         TEXT        NOT NULL,
    notes              TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT        NOT NULL
);
CREATE INDEX family_support_by_patient ON family_support (patient_id, occurred_at);

-- A recurring visit: for example nursing every week on Tuesday at 10:00, social work every other week.
-- The schedule is generated from it a few weeks ahead (visits with plan_id and planned_on), in the
-- programme's time zone. assigned_to null: the patient's assigned nurse or social worker, by discipline.
CREATE TABLE visit_plan (
    id                UUID PRIMARY KEY,
    patient_id        UUID        NOT NULL,
    discipline        TEXT        NOT NULL,
    mode              TEXT        NOT NULL CHECK (mode IN ('IN_PERSON', 'VIDEO')),
    every_weeks       INTEGER     NOT NULL CHECK (every_weeks BETWEEN 1 AND 8),
    weekday           TEXT        NOT NULL CHECK (weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
        'SATURDAY', 'SUNDAY')),
    local_start       TIME        NOT NULL,
    duration_minutes  INTEGER     NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    assigned_to       TEXT,
    starts_on         DATE        NOT NULL,
    ends_on           DATE,
    video_provider    TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX visit_plan_by_patient ON visit_plan (patient_id);

-- A visit now has a course: SCHEDULED (from a plan, by a coordinator, or dispatched urgently from a
-- call), IN_PROGRESS from check-in, then COMPLETED, MISSED or CANCELLED. A visit uploaded as documented
-- (as before) is COMPLETED at once. Visits by video (FHIR class VR) keep the provider and join link; the
-- video platform itself is elsewhere. EVV: the check-in and check-out positions (PHI: where the patient
-- is), their distance from the patient's address, and the exceptions a coordinator must review.
ALTER TABLE home_visit
    ALTER COLUMN started_at DROP NOT NULL,
    ALTER COLUMN ended_at DROP NOT NULL,
    ADD COLUMN status                 TEXT    NOT NULL DEFAULT 'COMPLETED'
        CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'MISSED', 'CANCELLED')),
    ADD COLUMN mode                   TEXT    NOT NULL DEFAULT 'IN_PERSON' CHECK (mode IN ('IN_PERSON', 'VIDEO')),
    ADD COLUMN plan_id                UUID REFERENCES visit_plan (id),
    ADD COLUMN planned_on             DATE,
    ADD COLUMN scheduled_start        TIMESTAMPTZ,
    ADD COLUMN scheduled_end          TIMESTAMPTZ,
    ADD COLUMN assigned_to            TEXT,
    ADD COLUMN route_position         INTEGER,
    ADD COLUMN urgent                 BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN call_id                UUID,
    ADD COLUMN video_provider         TEXT,
    ADD COLUMN video_join_url         TEXT,
    ADD COLUMN visit_plan_text        TEXT,
    ADD COLUMN missed_reason          TEXT,
    ADD COLUMN cancellation_reason    TEXT,
    ADD COLUMN evv_service_type       TEXT,
    ADD COLUMN check_in_at            TIMESTAMPTZ,
    ADD COLUMN check_in_latitude      DOUBLE PRECISION,
    ADD COLUMN check_in_longitude     DOUBLE PRECISION,
    ADD COLUMN check_in_accuracy_m    INTEGER,
    ADD COLUMN check_in_distance_m    INTEGER,
    ADD COLUMN check_out_at           TIMESTAMPTZ,
    ADD COLUMN check_out_latitude     DOUBLE PRECISION,
    ADD COLUMN check_out_longitude    DOUBLE PRECISION,
    ADD COLUMN check_out_accuracy_m   INTEGER,
    ADD COLUMN check_out_distance_m   INTEGER,
    ADD COLUMN evv_exceptions         JSONB   NOT NULL DEFAULT '[]',
    ADD COLUMN version                BIGINT  NOT NULL DEFAULT 1,
    ADD COLUMN updated_at             TIMESTAMPTZ;
UPDATE home_visit SET updated_at = recorded_at;
ALTER TABLE home_visit
    ALTER COLUMN updated_at SET NOT NULL,
    ADD CONSTRAINT home_visit_course_check CHECK (
        (status NOT IN ('IN_PROGRESS', 'COMPLETED') OR started_at IS NOT NULL)
        AND ((status = 'COMPLETED') = (ended_at IS NOT NULL))
        AND (status NOT IN ('SCHEDULED', 'MISSED', 'CANCELLED')
             OR (scheduled_start IS NOT NULL AND scheduled_end > scheduled_start AND assigned_to IS NOT NULL))
        AND ((status = 'MISSED') = (missed_reason IS NOT NULL))
        AND ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))),
    ADD CONSTRAINT home_visit_video_check CHECK (mode = 'VIDEO' OR video_join_url IS NULL),
    ADD CONSTRAINT home_visit_planned_once UNIQUE (plan_id, planned_on);
CREATE INDEX home_visit_route ON home_visit (assigned_to, scheduled_start);

-- Symptom assessments at home, with or without a visit: the ESAS-r form (the nine items, "other",
-- who completed it) and the PPS level. assessed_at is the clinical time, documented offline too.
CREATE TABLE home_assessment (
    id           UUID PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    visit_id     UUID,
    assessed_at  TIMESTAMPTZ NOT NULL,
    esas         JSONB,
    pps          INTEGER CHECK (pps BETWEEN 0 AND 100 AND pps % 10 = 0),
    recorded_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    CHECK (esas IS NOT NULL OR pps IS NOT NULL)
);
CREATE INDEX home_assessment_by_patient ON home_assessment (patient_id, assessed_at);

-- Notes the team writes, about a visit or about the patient between visits. The text is PHI.
CREATE TABLE clinical_note (
    id           UUID PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    visit_id     UUID,
    written_at   TIMESTAMPTZ NOT NULL,
    author       TEXT        NOT NULL,
    discipline   TEXT        NOT NULL,
    text         TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL
);
CREATE INDEX clinical_note_by_patient ON clinical_note (patient_id, written_at);

-- What the team is watching for a patient until it is resolved (a wound, a caregiver at breaking point,
-- a medication running out): the doorstep view shows the open ones.
CREATE TABLE patient_concern (
    id           UUID PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    category     TEXT        NOT NULL CHECK (category IN ('SYMPTOM', 'MEDICATION', 'EQUIPMENT', 'CAREGIVER',
        'PSYCHOSOCIAL', 'SPIRITUAL', 'SAFETY', 'OTHER')),
    description  TEXT        NOT NULL,
    raised_at    TIMESTAMPTZ NOT NULL,
    raised_by    TEXT        NOT NULL,
    resolved_at  TIMESTAMPTZ,
    resolved_by  TEXT,
    version      BIGINT      NOT NULL,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX patient_concern_open ON patient_concern (patient_id) WHERE resolved_at IS NULL;

-- The 24/7 nurse line's log. The caller's name, number and what was said are PHI.
CREATE TABLE nurse_call (
    id                   UUID PRIMARY KEY,
    patient_id           UUID        NOT NULL,
    caller_type          TEXT        NOT NULL CHECK (caller_type IN ('PATIENT', 'FAMILY', 'FACILITY')),
    caller_name          TEXT,
    callback_number      TEXT,
    received_at          TIMESTAMPTZ NOT NULL,
    duration_seconds     INTEGER     NOT NULL CHECK (duration_seconds >= 0),
    reason               TEXT        NOT NULL CHECK (reason IN ('PAIN', 'BREATHLESSNESS', 'OTHER_SYMPTOM',
        'MEDICATION_REFILL', 'SUPPLIES', 'DEATH_REPORT', 'VISIT_REQUEST', 'OTHER')),
    details              TEXT,
    outcome              TEXT        NOT NULL CHECK (outcome IN ('ADVICE_GIVEN', 'URGENT_VISIT_DISPATCHED',
        'SENT_TO_ED_OR_911', 'TRANSFERRED_TO_HOSPICE_LINE', 'PHYSICIAN_PAGED')),
    follow_up            TEXT,
    follow_up_due        TIMESTAMPTZ,
    dispatched_visit_id  UUID REFERENCES home_visit (id),
    taken_by             TEXT        NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL,
    CHECK ((outcome = 'URGENT_VISIT_DISPATCHED') = (dispatched_visit_id IS NOT NULL))
);
CREATE INDEX nurse_call_by_patient ON nurse_call (patient_id, received_at);

-- Who is on call when: an urgent visit dispatched from a call goes to the nurse on call at that moment.
CREATE TABLE on_call_shift (
    id          UUID PRIMARY KEY,
    nurse       TEXT        NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  TEXT        NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX on_call_shift_by_time ON on_call_shift (starts_at, ends_at);

-- The change feed the mobile app syncs from: one row per change to a record the app holds, in commit
-- order (writers append under a transaction-level advisory lock, so a reader never sees a later
-- sequence number before an earlier one commits, and a cursor never skips a change). audience null:
-- everyone who may see the patient's record; otherwise only that user (a patient leaving their
-- caseload, a visit reassigned away from them).
CREATE TABLE sync_change (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    kind         TEXT        NOT NULL,
    entity_id    UUID        NOT NULL,
    operation    TEXT        NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    audience     TEXT,
    changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sync_change_by_patient ON sync_change (patient_id, seq);
CREATE INDEX sync_change_by_audience ON sync_change (audience, seq) WHERE audience IS NOT NULL;

-- Each change an app uploaded and the service applied, by the id the app gave the change: uploading
-- the same batch again answers each change as the first time, and applies nothing twice.
CREATE TABLE sync_receipt (
    mutation_id  UUID PRIMARY KEY,
    uploaded_by  TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    entity_id    UUID        NOT NULL,
    operation    TEXT        NOT NULL,
    outcome      TEXT        NOT NULL,
    version      BIGINT,
    applied_at   TIMESTAMPTZ NOT NULL
);
