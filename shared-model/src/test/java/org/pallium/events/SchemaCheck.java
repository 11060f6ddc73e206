package org.pallium.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema, for the keywords the event schemas use. A schema with any
 * other keyword is rejected rather than half-checked, so the check cannot silently pass.
 */
final class SchemaCheck {

    private static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "title", "description", "x-pallium-phi");
    private static final Set<String> ASSERTIONS =
            Set.of("type", "format", "enum", "const", "pattern", "properties", "required", "additionalProperties", "items",
                    "minItems", "minimum", "maximum", "multipleOf");

    private SchemaCheck() {
    }

    /** The violations, empty when the value conforms. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
                throw new IllegalArgumentException("SchemaCheck does not understand keyword " + keyword + " at " + at);
            }
        }
        if (schema.has("type") && !hasOneOfTypes(value, schema.get("type"))) {
            found.add(at + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        // As in any JSON Schema validator, const and enum hold for null too: a nullable enum lists null.
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(at + ": expected " + schema.get("const") + " but was " + value);
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            checkNumber(schema, value.decimalValue(), at, found);
        }
        if (value.isTextual()) {
            checkText(schema, value.asText(), at, found);
        }
        if (value.isObject()) {
            checkObject(schema, value, at, found);
        }
        if (value.isArray() && schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            found.add(at + ": expected at least " + schema.get("minItems") + " items but had " + value.size());
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", found);
            }
        }
    }

    private static void checkNumber(JsonNode schema, BigDecimal number, String at, List<String> found) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            found.add(at + ": " + number + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            found.add(at + ": " + number + " is above the maximum " + schema.get("maximum"));
        }
        if (schema.has("multipleOf") && number.remainder(schema.get("multipleOf").decimalValue()).signum() != 0) {
            found.add(at + ": " + number + " is not a multiple of " + schema.get("multipleOf"));
        }
    }

    private static void checkText(JsonNode schema, String text, String at, List<String> found) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(at + ": " + text + " does not match " + schema.get("pattern").asText());
        }
        if (schema.has("format")) {
            String format = schema.get("format").asText();
            try {
                switch (format) {
                    case "uuid" -> {
                        if (!UUID.fromString(text).toString().equals(text.toLowerCase())) {
                            found.add(at + ": not a canonical uuid: " + text);
                        }
                    }
                    case "date-time" -> Instant.parse(text);
                    case "date" -> LocalDate.parse(text);
                    case "uri" -> {
                        if (!new URI(text).isAbsolute()) {
                            found.add(at + ": not an absolute uri: " + text);
                        }
                    }
                    default -> throw new IllegalArgumentException("SchemaCheck does not know format " + format);
                }
            } catch (DateTimeParseException e) {
                found.add(at + ": not a " + format + ": " + text);
            } catch (URISyntaxException e) {
                found.add(at + ": not a uri: " + text);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("SchemaCheck")) {
                    throw e;
                }
                found.add(at + ": not a " + format + ": " + text);
            }
        }
    }

    private static void checkObject(JsonNode schema, JsonNode value, String at, List<String> found) {
        JsonNode properties = schema.path("properties");
        if (schema.has("required")) {
            for (JsonNode required : schema.get("required")) {
                if (!value.has(required.asText())) {
                    found.add(at + ": missing required property " + required.asText());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path, found);
            } else if (schema.path("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").asBoolean()) {
                found.add(path + ": additional property not allowed");
            }
        }
    }

    /** A type is a name, or a list of names of which the value must have one. */
    private static boolean hasOneOfTypes(JsonNode value, JsonNode type) {
        if (!type.isArray()) {
            return hasType(value, type.asText());
        }
        for (JsonNode each : type) {
            if (hasType(value, each.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "string" -> value.isTextual();
            case "array" -> value.isArray();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("SchemaCheck does not know type " + type);
        };
    }
}
