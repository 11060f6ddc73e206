-- A referrer can withdraw a referral: its consult is then CANCELLED, with when and why. The reason is
-- the referrer's free text and may be clinical. Both are set exactly when the consult is cancelled.
ALTER TABLE consult ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE consult ADD COLUMN cancellation_reason TEXT;
ALTER TABLE consult DROP CONSTRAINT consult_status_check;
ALTER TABLE consult ADD CONSTRAINT consult_status_check
    CHECK (status IN ('REQUESTED', 'SEEN', 'FOLLOWING', 'SIGNED_OFF', 'CANCELLED'));
ALTER TABLE consult ADD CONSTRAINT consult_cancellation_check
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL));
