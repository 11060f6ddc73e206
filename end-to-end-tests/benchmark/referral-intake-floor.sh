#!/usr/bin/env bash
# The floor under the referral intake benchmark: PostgreSQL alone, on this machine, running the
# gateway's intake transaction (referral-intake-transaction.sql) for 16 clients from pgbench, a C
# client far lighter than any JVM. No design that makes each referral durable before answering it
# can go faster here than this. Prints transactions per second and p50/p99 latency.
#
# Usage: end-to-end-tests/benchmark/referral-intake-floor.sh [postgres-port]
# Needs the suite running (./pallium up, PostgreSQL on 55432 unless given) and PostgreSQL's client
# tools, pgbench among them (Debian: postgresql-contrib or postgresql-client).
#
# The transaction runs against copies of the gateway's tables in a schema of their own,
# intake_floor, made from the live schema (columns, checks, indexes and foreign keys), so the
# services' outbox relays never see these rows. The schema is dropped at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${1:-55432}"
clients=16
seconds=20

find_tool() {
  command -v "$1" 2>/dev/null && return
  ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1 | grep . \
    || { echo "referral-intake-floor: $1 not found; install PostgreSQL's client tools" >&2; exit 1; }
}
psql="$(find_tool psql)"
pgbench="$(find_tool pgbench)"
export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGDATABASE=gateway PGOPTIONS="-c client_min_messages=warning"

"$psql" -q -v ON_ERROR_STOP=1 <<'SQL'
DROP SCHEMA IF EXISTS intake_floor CASCADE;
CREATE SCHEMA intake_floor;
DO $$
DECLARE
  intake_tables text[] := ARRAY['patient', 'referral', 'referral_status_change', 'referral_idempotency_key', 'outbox_event'];
  name text;
  foreign_key record;
BEGIN
  FOREACH name IN ARRAY intake_tables LOOP
    EXECUTE format('CREATE TABLE intake_floor.%I (LIKE public.%I INCLUDING ALL)', name, name);
  END LOOP;
  FOR foreign_key IN
    SELECT c.conrelid::regclass AS owner, c.conname, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND t.relname = ANY (intake_tables)
  LOOP
    EXECUTE format('ALTER TABLE intake_floor.%s ADD CONSTRAINT %I %s',
                   replace(foreign_key.owner::text, 'public.', ''), foreign_key.conname,
                   replace(foreign_key.definition, 'REFERENCES ', 'REFERENCES intake_floor.'));
  END LOOP;
END $$;
SQL
trap '"$psql" -q -c "DROP SCHEMA IF EXISTS intake_floor CASCADE"' EXIT

work="$(mktemp -d)"
trap '"$psql" -q -c "DROP SCHEMA IF EXISTS intake_floor CASCADE"; rm -rf "$work"' EXIT
(cd "$work" && PGOPTIONS="-c search_path=intake_floor -c client_min_messages=warning" "$pgbench" --no-vacuum --protocol=prepared \
   --client="$clients" --jobs=2 --time="$seconds" --file="$here/referral-intake-transaction.sql" \
   --log --log-prefix=latency > summary.txt 2>&1) || { cat "$work/summary.txt" >&2; exit 1; }
grep -q "number of failed transactions: 0 " "$work/summary.txt" || { cat "$work/summary.txt" >&2; exit 1; }
cat "$work"/latency.* | awk '{ print $3 }' | sort -n | awk -v clients="$clients" -v seconds="$seconds" '
  { latency[NR] = $1 }
  END {
    printf "[benchmark] PostgreSQL alone, the intake transaction from pgbench, %d clients, %d s: %d transactions, %.0f/s, p50 %.1f ms, p99 %.1f ms\n",
      clients, seconds, NR, NR / seconds, latency[int(NR * 0.50)] / 1000, latency[int(NR * 0.99)] / 1000
  }'
