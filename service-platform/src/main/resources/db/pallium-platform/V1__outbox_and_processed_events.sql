-- The platform's tables in every service's database, migrated apart from the service's own
-- schema (history table pallium_platform_schema_history), so the outbox can evolve in one place.

-- Transactional outbox: written in the transaction of the change it describes, published to
-- Kafka by the relay in sequence order, kept for the retention period after publication.
CREATE TABLE outbox_event (
    sequence_number BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    topic           TEXT        NOT NULL,
    record_key      TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    headers         JSONB       NOT NULL,
    payload         JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at    TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (sequence_number) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events this service has applied: a redelivered event finds its id here and is skipped.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    event_type   TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
