-- Every access to patient data, allowed, denied or failed. Append-only: the application inserts,
-- and the table itself refuses to change or lose a row, whoever asks.
CREATE TABLE audit_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    roles          text        NOT NULL,
    patient_id     uuid,
    action         text        NOT NULL CHECK (action IN ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE')),
    resource       text        NOT NULL,
    request        text        NOT NULL,
    status         integer     NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    client_address text        NOT NULL
);

CREATE INDEX audit_entry_by_patient ON audit_entry (patient_id, id DESC);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, id DESC);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_never_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
