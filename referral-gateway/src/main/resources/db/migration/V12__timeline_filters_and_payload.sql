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

-- A filter by type, discipline or encounter class can keep few of a patient's many entries (a code
-- status change, a chaplain's visit, a video visit): each reads its own entries newest first, rather
-- than the whole timeline through timeline_by_patient_newest_first. A filter by a setting where care
-- is given keeps about a third of the entries, and from/to is a range of the keyset: both read
-- timeline_by_patient_newest_first. (EXPLAIN on a patient with 100,000 entries: every first and
-- deep page, filtered or not, an index scan of about a page's rows.)
CREATE INDEX timeline_by_patient_type_newest_first
    ON timeline_entry (patient_id, event_type, occurred_at DESC, arrival DESC);
CREATE INDEX timeline_by_patient_discipline_newest_first
    ON timeline_entry (patient_id, discipline, occurred_at DESC, arrival DESC) WHERE discipline IS NOT NULL;
CREATE INDEX timeline_by_patient_encounter_class_newest_first
    ON timeline_entry (patient_id, encounter_class, occurred_at DESC, arrival DESC) WHERE encounter_class IS NOT NULL;
