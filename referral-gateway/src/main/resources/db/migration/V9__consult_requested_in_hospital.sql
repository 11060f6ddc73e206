-- A clinician of the hospital can ask the hospital team for a consult through the inpatient
-- service, without a referral from an EHR: the gateway opens the referral of that consult when it
-- hears of it, so that the patient is on the inpatient census and a transfer at discharge finds it.
ALTER TABLE referral DROP CONSTRAINT referral_routing_reason_check;
ALTER TABLE referral ADD CONSTRAINT referral_routing_reason_check CHECK (routing_reason IN
    ('REQUESTED_BY_REFERRER', 'PATIENT_ADMITTED', 'HOMEBOUND_OR_HOME_CARE_REQUESTED', 'EVERYONE_ELSE_TO_CLINIC',
     'TRANSFERRED_FROM_SETTING', 'REQUESTED_IN_HOSPITAL'));
