-- A referrer can withdraw a referral: its admission is then CANCELLED, with when and why. The reason is
-- the referrer's free text and may be clinical. Both are set exactly when the admission is cancelled.
ALTER TABLE home_admission ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE home_admission ADD COLUMN cancellation_reason TEXT;
ALTER TABLE home_admission DROP CONSTRAINT home_admission_status_check;
ALTER TABLE home_admission ADD CONSTRAINT home_admission_status_check
    CHECK (status IN ('ADMITTED', 'DISCHARGED', 'CANCELLED'));
ALTER TABLE home_admission ADD CONSTRAINT home_admission_cancellation_check
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL));
