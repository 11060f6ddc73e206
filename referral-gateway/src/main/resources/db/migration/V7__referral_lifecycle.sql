-- The settings now report every step of a referral: the team accepts or rejects it, schedules the
-- first visit, sees the patient, and concludes the referral or transfers the patient to another
-- setting. REJECTED, COMPLETED, CLOSED, TRANSFERRED and CANCELLED are final.
ALTER TABLE referral DROP CONSTRAINT referral_status_check;
ALTER TABLE referral ADD CONSTRAINT referral_status_check CHECK (status IN
    ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'SCHEDULED', 'FIRST_VISIT_COMPLETED',
     'COMPLETED', 'CLOSED', 'TRANSFERRED', 'CANCELLED'));

-- A transfer ends a referral and opens one for the other setting: the chain runs both ways.
ALTER TABLE referral DROP CONSTRAINT referral_routing_reason_check;
ALTER TABLE referral ADD CONSTRAINT referral_routing_reason_check CHECK (routing_reason IN
    ('REQUESTED_BY_REFERRER', 'PATIENT_ADMITTED', 'HOMEBOUND_OR_HOME_CARE_REQUESTED', 'EVERYONE_ELSE_TO_CLINIC',
     'TRANSFERRED_FROM_SETTING'));
ALTER TABLE referral
    ADD COLUMN transferred_from UUID UNIQUE REFERENCES referral (id),
    ADD COLUMN transferred_to   UUID UNIQUE REFERENCES referral (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE referral ADD CONSTRAINT referral_transfer_check
    CHECK ((status = 'TRANSFERRED') = (transferred_to IS NOT NULL)
       AND (routing_reason = 'TRANSFERRED_FROM_SETTING') = (transferred_from IS NOT NULL));

-- When the team booked the first visit for, on the step that booked it.
ALTER TABLE referral_status_change ADD COLUMN first_visit_at TIMESTAMPTZ;
