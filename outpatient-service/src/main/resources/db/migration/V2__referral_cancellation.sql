-- A referrer can withdraw a referral: the clinic's referral is then CANCELLED, with when and why. The
-- reason is the referrer's free text and may be clinical. Both are set exactly when it is cancelled.
ALTER TABLE clinic_referral ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE clinic_referral ADD COLUMN cancellation_reason TEXT;
ALTER TABLE clinic_referral DROP CONSTRAINT clinic_referral_status_check;
ALTER TABLE clinic_referral ADD CONSTRAINT clinic_referral_status_check
    CHECK (status IN ('ACCEPTED', 'CANCELLED'));
ALTER TABLE clinic_referral ADD CONSTRAINT clinic_referral_cancellation_check
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL));
