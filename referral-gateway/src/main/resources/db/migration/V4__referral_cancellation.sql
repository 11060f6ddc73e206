-- A referrer can withdraw a referral: CANCELLED is its final status.
ALTER TABLE referral DROP CONSTRAINT referral_status_check;
ALTER TABLE referral ADD CONSTRAINT referral_status_check
    CHECK (status IN ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'CANCELLED'));
