package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a rebuild writes the read model: a schema of its own with an empty table for each of the
 * read model's, alike in columns, defaults, checks and identity. The rebuild's transaction puts
 * the schema first on its search path, so the projections' statements write there unchanged. At
 * the end the rebuilt tables take the live ones' place, names and all, in the same transaction:
 * readers read the old read model until the commit and the new one after it.
 *
 * <p>Why not empty the live tables and write them again, as the rebuild did at first: PostgreSQL
 * then kept every index of the live tables up to date row by row, and checked each key against
 * the deleted row that still held it until the commit. Here an index is built once its table is
 * loaded, in one sort, unless the rebuild needs it while loading: the unique keys that its upserts
 * conflict on, in the tables it does not only copy rows into. Either way the indexes are made from
 * the live table's own definitions, so the rebuilt read model has the indexes and constraints, and
 * their names, that Flyway's migrations gave it. Privileges granted on the live tables outside the
 * migrations are not carried over.
 */
final class RebuildSchema {

    private static final String NAME = "read_model_rebuild";

    /** The live table's indexes, and the constraints that own one, to be made again on the rebuilt table. */
    private static final String INDEXES = """
            SELECT pg_get_indexdef(i.indexrelid), quote_ident(c.conname), pg_get_constraintdef(c.oid)
            FROM pg_index i LEFT JOIN pg_constraint c
                ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
            WHERE i.indrelid = CAST(? AS regclass) ORDER BY i.indexrelid""";
    private static final String SCHEMA_AND_NAME = """
            SELECT quote_ident(n.nspname), quote_ident(c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = CAST(? AS regclass)""";
    private static final String IDENTITY_COLUMNS = """
            SELECT attname FROM pg_attribute WHERE attrelid = CAST(? AS regclass) AND attidentity <> ''
            AND NOT attisdropped""";
    /**
     * A rebuilt identity goes on from the live one, as when the rebuild wrote into the live table:
     * the timeline's {@code arrival} never goes back.
     */
    private static final String CONTINUE_IDENTITY =
            "SELECT setval(pg_get_serial_sequence(?, ?), nextval(pg_get_serial_sequence(?, ?)), false)";
    /**
     * A new table has no statistics for the planner until autovacuum analyzes it, which it does
     * within a minute of the commit, as every row counts as changed. Until then the rebuild's own
     * do: from a sample of 3,000 rows rather than 30,000 (the ANALYZE took a tenth of a rebuild),
     * and not of the JSON columns, which no query compares.
     */
    private static final String COARSE_STATISTICS = "SET LOCAL default_statistics_target = 10";
    /**
     * How long the swap waits for a lock, for the reads under way of a live table, before it lets go
     * of what it holds and tries again: the readers that waited for it then hold what they waited
     * for, and the next attempt waits for them to finish.
     */
    private static final String SWAP_LOCK_TIMEOUT = "SET LOCAL lock_timeout = '200ms'";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final int SWAP_ATTEMPTS = 100;
    /** The columns of the rebuild's statistics. */
    private static final String ANALYZED_COLUMNS = """
            SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
            WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped
            AND atttypid NOT IN (CAST('json' AS regtype), CAST('jsonb' AS regtype))""";

    private final Connection connection;
    private final List<Table> tables;

    private RebuildSchema(Connection connection, List<Table> tables) {
        this.connection = connection;
        this.tables = tables;
    }

    /**
     * Creates the schema and its tables, and puts it first on the transaction's search path.
     *
     * @param tables     the live tables, by the names the projections use
     * @param copiedInto of those, the tables a rebuild only copies rows into, never reading or
     *                   upserting them: their keys too wait until {@link #replaceLiveTables}
     */
    static RebuildSchema create(Connection connection, List<String> tables, Set<String> copiedInto) throws SQLException {
        List<Table> created = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            // Readers read on; a migration that would change a live table, or a write that would be
            // lost with it, waits for the swap and then finds the rebuilt table under the name.
            statement.execute("LOCK TABLE " + String.join(", ", tables) + " IN EXCLUSIVE MODE");
            statement.execute("CREATE SCHEMA " + NAME);
            for (String name : tables) {
                Table table = table(connection, name, copiedInto.contains(name));
                statement.execute("CREATE TABLE " + table.rebuilt() + " (LIKE " + table.live()
                        + " INCLUDING ALL EXCLUDING INDEXES)");
                continueIdentities(connection, table);
                execute(statement, table.whileLoading());
                created.add(table);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('search_path', ? || ', ' || current_setting('search_path'), true)")) {
            statement.setString(1, NAME);
            statement.execute();
        }
        return new RebuildSchema(connection, created);
    }

    /**
     * Indexes the loaded tables, gives each its statistics, drops the live tables and moves the
     * rebuilt ones, with their indexes, constraints and sequences, to where those were.
     */
    void replaceLiveTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(COARSE_STATISTICS);
            for (Table table : tables) {
                execute(statement, table.onceLoaded());
                statement.execute("ANALYZE " + table.rebuilt() + " (" + analyzedColumns(table) + ")");
            }
            swap(statement);
        }
    }

    /**
     * Drops the live tables and moves the rebuilt ones in. Each drop waits for the reads under way
     * of its table, while readers of the tables dropped before it wait for the swap: a reader that
     * holds one table and goes on to one of those would wait for the swap as the swap waits for it,
     * a deadlock that PostgreSQL ends by failing one of them, perhaps the rebuild. So the swap
     * waits a short while at a time, and between two attempts lets go of what it took.
     */
    private void swap(Statement statement) throws SQLException {
        for (int attempt = 1;; attempt++) {
            statement.execute("SAVEPOINT swap");
            statement.execute(SWAP_LOCK_TIMEOUT);
            try {
                for (Table table : tables) {
                    statement.execute("DROP TABLE " + table.live());
                }
                for (Table table : tables) {
                    statement.execute("ALTER TABLE " + table.rebuilt() + " SET SCHEMA " + table.liveSchema());
                }
                statement.execute("DROP SCHEMA " + NAME);
                statement.execute("RELEASE SAVEPOINT swap");
                statement.execute("SET LOCAL lock_timeout TO DEFAULT");
                return;
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
                statement.execute("ROLLBACK TO SAVEPOINT swap");
            }
        }
    }

    private static Table table(Connection connection, String name, boolean copiedInto) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SCHEMA_AND_NAME)) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String liveSchema = row.getString(1);
                String live = liveSchema + "." + row.getString(2);
                String rebuilt = NAME + "." + row.getString(2);
                List<String> whileLoading = new ArrayList<>();
                List<String> onceLoaded = new ArrayList<>();
                for (Index index : indexes(connection, live)) {
                    (index.isKey() && !copiedInto ? whileLoading : onceLoaded).add(index.on(live, rebuilt));
                }
                return new Table(live, liveSchema, rebuilt, whileLoading, onceLoaded);
            }
        }
    }

    private static List<Index> indexes(Connection connection, String live) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setString(1, live);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.add(new Index(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return indexes;
    }

    private static void continueIdentities(Connection connection, Table table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(IDENTITY_COLUMNS)) {
            statement.setString(1, table.live());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        for (String column : columns) {
            try (PreparedStatement statement = connection.prepareStatement(CONTINUE_IDENTITY)) {
                statement.setString(1, table.rebuilt());
                statement.setString(2, column);
                statement.setString(3, table.live());
                statement.setString(4, column);
                statement.execute();
            }
        }
    }

    private static void execute(Statement statement, List<String> statements) throws SQLException {
        for (String sql : statements) {
            statement.execute(sql);
        }
    }

    private String analyzedColumns(Table table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ANALYZED_COLUMNS)) {
            statement.setString(1, table.rebuilt());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /**
     * A read model table.
     *
     * @param live         the live table, qualified by its schema
     * @param liveSchema   the live table's schema
     * @param rebuilt      the rebuilt table, qualified by this schema
     * @param whileLoading the statements that make the live table's indexes on the rebuilt table
     *                     before it is loaded
     * @param onceLoaded   and those that make the others, once it is
     */
    private record Table(String live, String liveSchema, String rebuilt, List<String> whileLoading,
            List<String> onceLoaded) {
    }

    /** An index of a live table, and the constraint it enforces, if any. */
    private record Index(String definition, String constraint, String constraintDefinition) {

        /** Whether the index enforces a primary key or a unique constraint, on which an upsert may conflict. */
        boolean isKey() {
            return constraint != null;
        }

        /** The statement that makes the index, under its name, on the rebuilt table. */
        String on(String live, String rebuilt) {
            if (isKey()) {
                return "ALTER TABLE " + rebuilt + " ADD CONSTRAINT " + constraint + " " + constraintDefinition;
            }
            String onLive = " ON " + live + " USING ";
            if (!definition.contains(onLive)) {
                throw new IllegalStateException("cannot make this index on a rebuilt table: " + definition);
            }
            return definition.replace(onLive, " ON " + rebuilt + " USING ");
        }
    }
}
