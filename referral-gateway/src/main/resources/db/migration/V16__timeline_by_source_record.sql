-- FHIR Patient/$everything shows a record (an appointment, a visit, a consult request, an onward
-- referral, an advance care planning document) once, as it stands after every event about it: the
-- events of one record share its link in their service. This index finds them for a page of
-- records, and tells whether any arrived since a client's last read (_since).
CREATE INDEX timeline_by_patient_source_record ON timeline_entry (patient_id, source_url);
