-- FHIR Patient/$everything shows a record (an appointment, a visit, a consult request, an onward
-- referral, an advance care planning document) once, as it stands after every event about it: the
-- events of one record share its link in their service. These indexes find them for a page of
-- records, and tell whether any arrived since a client's last read (_since).
CREATE INDEX timeline_by_patient_source_record ON timeline_entry (patient_id, source_url);
-- A patient's advance care planning documents share one link, their setting's list of them: one
-- document's events are found by its id.
CREATE INDEX timeline_by_patient_acp_document ON timeline_entry (patient_id, (payload ->> 'documentId'))
    WHERE event_type = 'org.pallium.acp-document.changed.v1';
