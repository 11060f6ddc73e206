package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each event type's JSON Schema matches its record, and the records' JSON matches the schema. */
class EventSchemaTest {

    private static final ObjectMapper MAPPER = SampleEvents.mapper();

    static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource %s", type.schemaResource()).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> componentNames(EventType type) {
        return Arrays.stream(type.dataClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIdIsTheDataSchemaUrnAndItIsDraft202012(EventType type) {
        JsonNode schema = schemaOf(type);

        assertThat(schema.path("$id").asText()).isEqualTo(type.dataSchema().toString());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void propertiesAreExactlyTheRecordComponentsAndAllRequired(EventType type) {
        JsonNode schema = schemaOf(type);
        List<String> components = componentNames(type);

        assertThat(fieldNames(schema.path("properties"))).containsExactlyInAnyOrderElementsOf(components);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(components);
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPropertyHasAJsonTypeMatchingItsJavaType(EventType type) {
        assertRecordMatches(type.dataClass(), schemaOf(type), type.typeName());
    }

    /** A record is an object whose properties are exactly its components, all required, nothing else. */
    private static void assertRecordMatches(Class<?> record, JsonNode object, String where) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(fieldNames(object.path("properties"))).as(where).containsExactlyInAnyOrderElementsOf(components);
        assertThat(textsOf(object.path("required"))).as(where).containsExactlyInAnyOrderElementsOf(components);
        assertThat(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean())
                .as(where + " forbids additional properties").isTrue();
        for (RecordComponent component : record.getRecordComponents()) {
            assertJsonTypeMatches(component.getGenericType(), object.path("properties").path(component.getName()),
                    where + "#" + component.getName());
        }
    }

    private static void assertJsonTypeMatches(Type javaType, JsonNode property, String where) {
        Class<?> raw = (Class<?>) (javaType instanceof ParameterizedType generic ? generic.getRawType() : javaType);
        String jsonType = typeWithoutNull(property, where);
        if (raw == UUID.class || raw == Instant.class || raw == LocalDate.class || raw == URI.class) {
            assertThat(jsonType).as(where).isEqualTo("string");
            assertThat(property.path("format").asText()).as(where).isEqualTo(
                    raw == UUID.class ? "uuid" : raw == Instant.class ? "date-time" : raw == LocalDate.class ? "date" : "uri");
        } else if (raw.isEnum()) {
            assertThat(jsonType).as(where).isEqualTo("string");
            assertThat(textsOf(property.path("enum"))).as(where).containsExactly(
                    Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new));
        } else if (raw == boolean.class) {
            assertThat(property.path("type").asText()).as(where + " is a primitive, never null").isEqualTo("boolean");
        } else if (raw == String.class) {
            assertThat(jsonType).as(where).isEqualTo("string");
        } else if (raw == List.class) {
            assertThat(property.path("type").asText()).as(where + " is a list, never null").isEqualTo("array");
            assertJsonTypeMatches(((ParameterizedType) javaType).getActualTypeArguments()[0], property.path("items"),
                    where + "[]");
        } else if (raw.isRecord()) {
            assertThat(jsonType).as(where).isEqualTo("object");
            assertRecordMatches(raw, property, where);
        } else {
            throw new AssertionError(where + ": no JSON mapping is defined for " + javaType);
        }
    }

    /** The schema of a record that some event type carries, wherever it sits in that event's data. */
    static Optional<JsonNode> schemaOfRecord(Class<?> record) {
        return Arrays.stream(EventType.values())
                .flatMap(type -> find(type.dataClass(), schemaOf(type), record).stream())
                .findFirst();
    }

    private static Optional<JsonNode> find(Type javaType, JsonNode schema, Class<?> wanted) {
        Class<?> raw = (Class<?>) (javaType instanceof ParameterizedType generic ? generic.getRawType() : javaType);
        if (raw == wanted) {
            return Optional.of(schema);
        }
        if (raw == List.class) {
            return find(((ParameterizedType) javaType).getActualTypeArguments()[0], schema.path("items"), wanted);
        }
        if (raw.isRecord()) {
            return Arrays.stream(raw.getRecordComponents())
                    .flatMap(component -> find(component.getGenericType(),
                            schema.path("properties").path(component.getName()), wanted).stream())
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Whether the property may be null: its type is [X, "null"]. */
    static boolean isNullable(JsonNode property) {
        return textsOf(property.path("type")).contains("null");
    }

    /** The JSON type of a property that may also be null (type [X, "null"]) is X. */
    private static String typeWithoutNull(JsonNode property, String where) {
        JsonNode type = property.path("type");
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> types = textsOf(type);
        assertThat(types).as(where + ": a type list is [type, \"null\"]").hasSize(2).contains("null");
        return types.get(0).equals("null") ? types.get(1) : types.get(0);
    }

    @Test
    void encounterClassIsTheFhirEncounterClassCodeAndCoversEverySettingsDefault() {
        JsonNode encounterClass = schemaOf(EventType.VISIT_COMPLETED).path("properties").path("encounterClass");

        assertThat(textsOf(encounterClass.path("enum"))).containsExactly("IMP", "AMB", "HH", "VR");
        for (CareSetting setting : CareSetting.values()) {
            assertThat(textsOf(encounterClass.path("enum"))).contains(setting.encounterClass());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPropertyAtEveryDepthHasADescription(EventType type) {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schemaOf(type).path("properties"), type.typeName(), undescribed);

        assertThat(undescribed).isEmpty();
    }

    private static void collectUndescribed(JsonNode properties, String at, List<String> undescribed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = at + "." + property.getKey();
            if (property.getValue().path("description").asText().isBlank()) {
                undescribed.add(path);
            }
            collectUndescribed(property.getValue().path("properties"), path, undescribed);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void onlyIdentifyingFieldsAndFreeTextReasonsAreMarkedPhi(EventType type) {
        JsonNode properties = schemaOf(type).path("properties");
        Set<String> expected = switch (type) {
            case REFERRAL_SUBMITTED -> Set.of("patient", "diagnosis", "reason", "symptoms", "goalsOfCare", "coverage", "attachments");
            case REFERRAL_CANCELLED, REFERRAL_REJECTED, REFERRAL_CONCLUDED, REFERRAL_TRANSFERRED -> Set.of("reason");
            default -> Set.of();
        };

        assertThat(phiFields(properties)).isEqualTo(expected);
        assertThat(properties.path("patientId").has("x-pallium-phi"))
                .as("the Pallium patient id is pseudonymous, not PHI").isFalse();
    }

    /** The names of the properties marked {@code x-pallium-phi: true}; any other value of it fails. */
    static Set<String> phiFields(JsonNode properties) {
        Set<String> phi = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode marker = property.getValue().get("x-pallium-phi");
            if (marker != null) {
                assertThat(marker.isBoolean() && marker.asBoolean())
                        .as("x-pallium-phi of %s must be the boolean true", property.getKey()).isTrue();
                phi.add(property.getKey());
            }
            assertThat(phiFields(property.getValue().path("properties")))
                    .as("PHI is marked on the top-level property, not inside %s", property.getKey()).isEmpty();
        }
        return phi;
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleSerialisesToExactlyTheSchemaPropertiesAndConforms(EventType type) throws IOException {
        JsonNode schema = schemaOf(type);
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(SampleEvents.of(type)));

        assertThat(fieldNames(json)).isEqualTo(fieldNames(schema.path("properties")));
        assertThat(SchemaCheck.violations(schema, json)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleRoundTripsThroughJsonToAnEqualRecord(EventType type) throws IOException {
        PalliumEvent sample = SampleEvents.of(type);

        String json = MAPPER.writeValueAsString(sample);
        PalliumEvent back = MAPPER.readValue(json, type.dataClass());

        assertThat(back).isInstanceOf(type.dataClass()).isEqualTo(sample);
        assertThat(EventType.of(back)).isEqualTo(type);
    }

    @Test
    void instantsAreWrittenAsIsoStringsNotNumbers() throws IOException {
        JsonNode json = MAPPER.valueToTree(SampleEvents.of(EventType.VISIT_COMPLETED));

        assertThat(json.path("startedAt").isTextual()).isTrue();
        assertThat(json.path("startedAt").asText()).isEqualTo("2025-03-04T10:30:00Z");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaRejectsDataThatBreaksIt(EventType type) {
        JsonNode schema = schemaOf(type);
        ObjectNode valid = MAPPER.valueToTree(SampleEvents.of(type));

        ObjectNode extra = valid.deepCopy().put("diagnosis", "C25.9");
        assertThat(SchemaCheck.violations(schema, extra)).anyMatch(v -> v.contains("diagnosis"));

        ObjectNode missing = valid.deepCopy();
        missing.remove("patientId");
        assertThat(SchemaCheck.violations(schema, missing)).anyMatch(v -> v.contains("patientId"));

        ObjectNode badEnum = valid.deepCopy().put("setting", "HOSPICE");
        assertThat(SchemaCheck.violations(schema, badEnum)).anyMatch(v -> v.contains("HOSPICE"));

        ObjectNode badUuid = valid.deepCopy().put("patientId", "MRN-004711");
        assertThat(SchemaCheck.violations(schema, badUuid)).anyMatch(v -> v.contains("uuid"));

        String timeField = Arrays.stream(type.dataClass().getRecordComponents())
                .filter(c -> c.getType() == Instant.class).findFirst().orElseThrow().getName();
        ObjectNode badTime = valid.deepCopy().put(timeField, "2025-03-01 09:15");
        assertThat(SchemaCheck.violations(schema, badTime)).anyMatch(v -> v.contains("date-time"));

        ObjectNode numericTime = valid.deepCopy().put(timeField, 1740820500L);
        assertThat(SchemaCheck.violations(schema, numericTime)).anyMatch(v -> v.contains(timeField));
    }

    @Test
    void blankTextAndAnUnknownEncounterClassAreRejected() {
        JsonNode submittedSchema = schemaOf(EventType.REFERRAL_SUBMITTED);
        ObjectNode blankName = MAPPER.valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED));
        ((ObjectNode) blankName.get("patient")).put("name", "   ");
        assertThat(SchemaCheck.violations(submittedSchema, blankName)).anyMatch(v -> v.contains("patient.name"));

        ObjectNode identifierWithExtra = MAPPER.valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED));
        ((ObjectNode) identifierWithExtra.get("patient").get("identifier")).put("ssn", "000-00-0000");
        assertThat(SchemaCheck.violations(submittedSchema, identifierWithExtra)).anyMatch(v -> v.contains("ssn"));

        ObjectNode badBirthDate = MAPPER.valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED));
        ((ObjectNode) badBirthDate.get("patient")).put("birthDate", "02/03/1950");
        assertThat(SchemaCheck.violations(submittedSchema, badBirthDate)).anyMatch(v -> v.contains("birthDate"));

        ObjectNode blankSymptom = MAPPER.valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED));
        ((ArrayNode) blankSymptom.get("symptoms")).add(" ");
        assertThat(SchemaCheck.violations(submittedSchema, blankSymptom)).anyMatch(v -> v.contains("symptoms[2]"));

        ObjectNode nullUrgency = MAPPER.<ObjectNode>valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED))
                .putNull("urgency");
        assertThat(SchemaCheck.violations(submittedSchema, nullUrgency)).anyMatch(v -> v.contains("urgency"));

        ObjectNode unknownClass = MAPPER.<ObjectNode>valueToTree(SampleEvents.of(EventType.VISIT_COMPLETED))
                .put("encounterClass", "EMER");
        assertThat(SchemaCheck.violations(schemaOf(EventType.VISIT_COMPLETED), unknownClass))
                .anyMatch(v -> v.contains("EMER"));
    }

    @Test
    void everySchemaFileBelongsToAnEventType() throws IOException, URISyntaxException {
        Path folder = Path.of(EventSchemaTest.class.getResource("/schemas").toURI());
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> "/schemas/" + path.getFileName()).collect(Collectors.toSet());
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::schemaResource).toList());
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
