-- What the timeline is filtered by, and the event itself:
-- encounter_class: the FHIR Encounter class (IMP, AMB, HH, VR) of an event that is, or is about, an
--   encounter (a visit, a consult seen); null for any other (a referral step, a code status).
-- discipline: the discipline of the clinician who led or is to lead the visit; null where none.
-- payload: the event's data as the gateway received it, from which FHIR $everything and a rebuild
--   read what a title leaves out; null on the entries recorded before this migration.
ALTER TABLE timeline_entry
    ADD COLUMN encounter_class TEXT CHECK (encounter_class IN ('IMP', 'AMB', 'HH', 'VR')),
    ADD COLUMN discipline      TEXT,
    ADD COLUMN payload         JSONB;

-- A filter by type or discipline can keep few of a patient's many entries: each reads its own
-- entries newest first, rather than the whole timeline through timeline_by_patient_newest_first.
-- A filter by setting keeps about a third of the entries, from/to a range of the keyset: both read
-- timeline_by_patient_newest_first.
CREATE INDEX timeline_by_patient_type_newest_first
    ON timeline_entry (patient_id, event_type, occurred_at DESC, arrival DESC);
CREATE INDEX timeline_by_patient_discipline_newest_first
    ON timeline_entry (patient_id, discipline, occurred_at DESC, arrival DESC) WHERE discipline IS NOT NULL;
