package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        JsonNode properties = schemaOf(type).path("properties");

        for (RecordComponent component : type.dataClass().getRecordComponents()) {
            JsonNode property = properties.path(component.getName());
            String where = type.typeName() + "#" + component.getName();
            Class<?> javaType = component.getType();
            if (javaType == UUID.class) {
                assertThat(property.path("type").asText()).as(where).isEqualTo("string");
                assertThat(property.path("format").asText()).as(where).isEqualTo("uuid");
            } else if (javaType == Instant.class) {
                assertThat(property.path("type").asText()).as(where).isEqualTo("string");
                assertThat(property.path("format").asText()).as(where).isEqualTo("date-time");
            } else if (javaType.isEnum()) {
                assertThat(property.path("type").asText()).as(where).isEqualTo("string");
                assertThat(textsOf(property.path("enum"))).as(where).containsExactly(
                        Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new));
            } else if (javaType == PatientIdentifier.class) {
                assertThat(property.path("type").asText()).as(where).isEqualTo("object");
                assertThat(fieldNames(property.path("properties"))).as(where).containsExactlyInAnyOrder("system", "value");
                assertThat(textsOf(property.path("required"))).as(where).containsExactlyInAnyOrder("system", "value");
                assertThat(property.path("additionalProperties").asBoolean(true)).as(where).isFalse();
                property.path("properties").forEach(part ->
                        assertThat(part.path("type").asText()).as(where).isEqualTo("string"));
            } else if (javaType == String.class) {
                assertThat(property.path("type").asText()).as(where).isEqualTo("string");
            } else {
                throw new AssertionError(where + ": no JSON mapping is defined for " + javaType);
            }
        }
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
            case REFERRAL_SUBMITTED -> Set.of("patientIdentifier", "patientName", "reason");
            case REFERRAL_CANCELLED -> Set.of("reason");
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
        ObjectNode blankName = MAPPER.<ObjectNode>valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED))
                .put("patientName", "   ");
        assertThat(SchemaCheck.violations(submittedSchema, blankName)).anyMatch(v -> v.contains("patientName"));

        ObjectNode identifierWithExtra = MAPPER.valueToTree(SampleEvents.of(EventType.REFERRAL_SUBMITTED));
        ((ObjectNode) identifierWithExtra.get("patientIdentifier")).put("ssn", "000-00-0000");
        assertThat(SchemaCheck.violations(submittedSchema, identifierWithExtra)).anyMatch(v -> v.contains("ssn"));

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
