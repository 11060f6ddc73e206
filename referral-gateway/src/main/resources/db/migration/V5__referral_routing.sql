-- Why each referral went to its setting: the referrer named it, or a routing rule chose it.
ALTER TABLE referral ADD COLUMN routing_reason TEXT NOT NULL DEFAULT 'REQUESTED_BY_REFERRER'
    CHECK (routing_reason IN ('REQUESTED_BY_REFERRER', 'PATIENT_ADMITTED', 'HOMEBOUND_OR_HOME_CARE_REQUESTED',
                              'EVERYONE_ELSE_TO_CLINIC'));
ALTER TABLE referral ALTER COLUMN routing_reason DROP DEFAULT;
