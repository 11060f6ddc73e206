-- A patient's advance care planning documents share one link, their setting's list of them:
-- Patient/$everything finds one document's events by its id.
CREATE INDEX timeline_by_patient_acp_document ON timeline_entry (patient_id, (payload ->> 'documentId'))
    WHERE event_type = 'org.pallium.acp-document.changed.v1';
