-- Who submitted each referral: the subject of the bearer token (an EHR system's client, or a
-- coordinator). An EHR system sees the referrals it submitted and no other; a referral a transfer
-- opens keeps the submitter of the one it came from, so the EHR follows its patient there too.
-- Referrals from before tokens were checked have none: only coordinators, and the clinicians of
-- the patients' settings, see them.
ALTER TABLE referral ADD COLUMN submitted_by TEXT;
CREATE INDEX referral_by_submitter_newest_first ON referral (submitted_by, submitted_at DESC, id DESC);

-- A clinician sees the patients on their setting's census: those with a referral there that has
-- not ended.
CREATE INDEX referral_on_census ON referral (setting, patient_id)
    WHERE status NOT IN ('REJECTED', 'COMPLETED', 'CLOSED', 'TRANSFERRED', 'CANCELLED');
