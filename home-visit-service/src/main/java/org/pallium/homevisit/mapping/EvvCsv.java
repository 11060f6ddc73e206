package org.pallium.homevisit.mapping;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.pallium.homevisit.service.EvvRecord;

/**
 * The EVV export as CSV (RFC 4180): a header row of the {@link EvvRecord}'s component names, the
 * JSON export's field names, then one row per record, lines ending in CRLF. A field holding a comma,
 * a quote or a line break is quoted, its quotes doubled. Empty: no value. Decimals are written
 * plainly (never 1.0E-4); a list (the exception codes) is joined with semicolons. A text that a
 * spreadsheet would take for a formula (one beginning with =, +, -, @, a tab or a carriage return,
 * such as a patient identifier an EHR sent) is written after an apostrophe, so that opening the
 * export runs nothing; numbers, such as a negative longitude, are written as they are.
 */
public final class EvvCsv {

    private static final RecordComponent[] COLUMNS = EvvRecord.class.getRecordComponents();
    private static final String CRLF = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private EvvCsv() {
    }

    public static String write(List<EvvRecord> records) {
        StringBuilder csv = new StringBuilder();
        csv.append(Arrays.stream(COLUMNS).map(RecordComponent::getName).collect(Collectors.joining(","))).append(CRLF);
        for (EvvRecord record : records) {
            csv.append(Arrays.stream(COLUMNS).map(column -> field(valueOf(record, column)))
                    .collect(Collectors.joining(","))).append(CRLF);
        }
        return csv.toString();
    }

    private static Object valueOf(EvvRecord record, RecordComponent column) {
        try {
            return column.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of an EVV record", e);
        }
    }

    private static String field(Object value) {
        String text = switch (value) {
            case null -> "";
            case Double decimal -> BigDecimal.valueOf(decimal).toPlainString();
            case Collection<?> values -> values.stream().map(String::valueOf).collect(Collectors.joining(";"));
            case String string when !string.isEmpty() && FORMULA_STARTS.indexOf(string.charAt(0)) >= 0 -> "'" + string;
            default -> value.toString();
        };
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
