-- The care team's visiting members, kept as visits arrive: each clinician of each setting with
-- their latest visit and its discipline. The summary read them by grouping all of a patient's
-- visits, 87 ms of a 111 ms summary for a patient with 40,000 visits; this reads a row per member.
-- The members who are only to visit come from summary_appointment, as before.
CREATE TABLE summary_care_team (
    patient_id    UUID        NOT NULL,
    setting       TEXT        NOT NULL CHECK (setting IN ('INPATIENT', 'OUTPATIENT', 'HOME')),
    clinician     TEXT        NOT NULL,
    discipline    TEXT        NOT NULL,
    last_visit_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, setting, clinician)
);

INSERT INTO summary_care_team (patient_id, setting, clinician, discipline, last_visit_at)
SELECT DISTINCT ON (patient_id, setting, clinician) patient_id, setting, clinician, discipline, started_at
FROM summary_visit
ORDER BY patient_id, setting, clinician, started_at DESC, visit_id DESC;
