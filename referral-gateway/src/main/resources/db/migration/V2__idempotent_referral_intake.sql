-- The EHR's own identifier of a referral (FHIR ServiceRequest.identifier), when it sends one.
ALTER TABLE referral
    ADD COLUMN ehr_identifier_system TEXT,
    ADD COLUMN ehr_identifier_value  TEXT;

-- What makes a retried submission return the original referral: the EHR's referral identifier,
-- or else its Idempotency-Key header. The key is claimed first in the submitting transaction, so
-- concurrent submissions of one key wait on this primary key and the later ones find the first.
-- The fingerprint of the request tells a retry (same body) from a reuse of the key (other body).
CREATE TABLE referral_idempotency_key (
    idempotency_key     TEXT PRIMARY KEY,
    request_fingerprint TEXT        NOT NULL,
    referral_id         UUID        NOT NULL REFERENCES referral (id) DEFERRABLE INITIALLY DEFERRED,
    claimed_at          TIMESTAMPTZ NOT NULL
);
