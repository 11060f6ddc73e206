package org.pallium.gateway.mapping.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each field of the JSON API's referral was read from in a FHIR request, so that a rule of
 * that API broken by the field is reported at its FHIRPath; and which fields' problems the reader
 * already reported in words of its own.
 */
final class FieldSources {

    /** A FHIR element, and what Pallium reads from it, in words. */
    record Source(String expression, String label) {
    }

    private final Map<String, Source> byField = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Source whole;

    FieldSources(Source whole) {
        this.whole = whole;
    }

    /** @param field a property path as Bean Validation writes it, such as {@code patient.identifier.value} */
    void put(String field, String expression, String label) {
        byField.put(field, new Source(expression, label));
    }

    /** The field, and all it holds, has an issue already: its rules' violations would say it again. */
    void reported(String field) {
        reported.add(field);
    }

    boolean isReported(String field) {
        return enclosing(field).stream().anyMatch(reported::contains);
    }

    /** The source of the field, or of the nearest enclosing field whose source is known. */
    Source of(String field) {
        return enclosing(field).stream().map(byField::get).filter(source -> source != null).findFirst().orElse(whole);
    }

    /** {@code attachments[0].url}, {@code attachments[0]}, {@code attachments}; a list element's node left out. */
    private static List<String> enclosing(String field) {
        List<String> paths = new ArrayList<>();
        String path = field.replaceAll("\\.?<[^>]*>", "");
        while (!path.isEmpty()) {
            paths.add(path);
            path = path.endsWith("]") ? path.substring(0, path.lastIndexOf('['))
                    : path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        }
        return paths;
    }
}
