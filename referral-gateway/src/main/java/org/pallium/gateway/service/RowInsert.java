package org.pallium.gateway.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new row of a read model table that no other statement touches once written: as a plain INSERT
 * of one row, and as the COPY that loads many at once, both naming the same columns in the same
 * order. Live consumption inserts; a rebuild copies, which costs PostgreSQL a fraction of a
 * statement per row.
 *
 * @param insert the INSERT of one row, a parameter per column, JSON columns cast to jsonb
 * @param copy   the COPY of rows in PostgreSQL's text format, from standard input
 */
record RowInsert(String insert, String copy) {

    static RowInsert into(String table, List<String> columns, Set<String> jsonColumns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(column -> jsonColumns.contains(column) ? "?::jsonb" : "?")
                .collect(Collectors.joining(", "));
        return new RowInsert("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")",
                "COPY " + table + " (" + names + ") FROM STDIN");
    }
}
