-- The gateway's intake transaction for one keyed referral, statement for statement: claim the
-- key, register the patient, store the referral and its first status, queue the event. JSON
-- values have the size of a complete referral's. Run by referral-intake-floor.sh.
\set n random(1, 9000000000000000)
BEGIN;
INSERT INTO referral_idempotency_key (idempotency_key, request_fingerprint, referral_id, claimed_at)
  VALUES (md5(CAST(:n AS text)), md5(CAST(:n AS text)), CAST(md5('referral' || :n) AS uuid), now())
  ON CONFLICT (idempotency_key) DO NOTHING;
INSERT INTO patient (id, identifier_system, identifier_value, name, details, created_at, updated_at)
  VALUES (gen_random_uuid(), 'https://bench.example/mrn', md5(CAST(:n AS text)), 'Bench Patient',
          jsonb_build_object('text', repeat('p', 300)), now(), now())
  ON CONFLICT (identifier_system, identifier_value)
  DO UPDATE SET name = excluded.name, details = excluded.details, updated_at = excluded.updated_at
  RETURNING id AS patient_id \gset
INSERT INTO referral (id, patient_id, setting, status, reason, referring_clinician, submitted_at, updated_at,
                      ehr_identifier_system, ehr_identifier_value, routing_reason, details)
  VALUES (CAST(md5('referral' || :n) AS uuid), CAST(:patient_id AS uuid), 'OUTPATIENT', 'REQUESTED', 'Pain and breathlessness', 'Dr Bench',
          now(), now(), 'https://bench.example/referral', md5(CAST(:n AS text)), 'REQUESTED_BY_REFERRER',
          jsonb_build_object('text', repeat('r', 850)));
INSERT INTO referral_status_change (referral_id, status, changed_at, changed_by, reason)
  VALUES (CAST(md5('referral' || :n) AS uuid), 'REQUESTED', now(), 'ehr', NULL);
INSERT INTO outbox_event (event_id, topic, record_key, event_type, headers, payload)
  VALUES (gen_random_uuid(), 'pallium.referral-events', :patient_id, 'org.pallium.referral.submitted.v2',
          jsonb_build_object('text', repeat('h', 340)), jsonb_build_object('text', repeat('e', 1100)));
END;
