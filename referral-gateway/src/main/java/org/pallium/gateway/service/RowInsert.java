package org.pallium.gateway.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new row of a read model table that no other statement changes once written: as a plain INSERT
 * of one row, and as the COPY that loads many at once, both naming the same columns in the same
 * order. Live consumption inserts; a rebuild copies, which costs PostgreSQL a fraction of a
 * statement per row.
 *
 * @param insert the INSERT of one row, a parameter per column, JSON columns cast to jsonb
 * @param copy   the COPY of rows in PostgreSQL's text format, from standard input
 */
record RowInsert(String insert, String copy) {

    /** The same row, which an insert leaves out when the table has its key already: the first one written wins. */
    RowInsert unlessPresent(String keyColumn) {
        return new RowInsert(insert + " ON CONFLICT (" + keyColumn + ") DO NOTHING", copy);
    }

    static RowInsert into(String table, List<String> columns, Set<String> jsonColumns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(column -> jsonColumns.contains(column) ? "?::jsonb" : "?")
                .collect(Collectors.joining(", "));
        return new RowInsert("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")",
                "COPY " + table + " (" + names + ") FROM STDIN");
    }
}
