package org.pallium.gateway.repository;

import java.util.regex.Pattern;

/**
 * Timeline entries of one event type, optionally only those whose payload has, lacks, or holds a
 * given value in one top-level field (such as an advance care planning document's first change:
 * no previousStatus).
 *
 * @param field a field of the event's payload, or null to match every entry of the type
 * @param value with {@link Test#EQUALS}, the field's value as text
 */
public record EntryMatch(String eventType, String field, Test test, String value) {

    /** How a payload's field is tested. */
    public enum Test {
        ANY, PRESENT, ABSENT, EQUALS
    }

    /** Field names are written into SQL: they come from code, and this keeps them to letters. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z]+");

    public EntryMatch {
        if (test != Test.ANY && (field == null || !FIELD.matcher(field).matches())) {
            throw new IllegalArgumentException("a payload field is letters only, not " + field);
        }
    }

    public static EntryMatch ofType(String eventType) {
        return new EntryMatch(eventType, null, Test.ANY, null);
    }

    public static EntryMatch withField(String eventType, String field) {
        return new EntryMatch(eventType, field, Test.PRESENT, null);
    }

    public static EntryMatch withoutField(String eventType, String field) {
        return new EntryMatch(eventType, field, Test.ABSENT, null);
    }

    public static EntryMatch withValue(String eventType, String field, String value) {
        return new EntryMatch(eventType, field, Test.EQUALS, value);
    }
}
