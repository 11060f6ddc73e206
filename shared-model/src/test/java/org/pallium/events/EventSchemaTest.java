package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
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
import java.util.Locale;
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
import org.junit.jupiter.params.provider.MethodSource;

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
            List<String> values = new ArrayList<>(
                    Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            if (isNullable(property)) {
                values.add(null);
            }
            assertThat(textsOf(property.path("enum"))).as(where + ": the constants, and null last when it may be null")
                    .containsExactlyElementsOf(values);
        } else if (raw == boolean.class) {
            assertThat(property.path("type").asText()).as(where + " is a primitive, never null").isEqualTo("boolean");
        } else if (raw == int.class) {
            assertThat(property.path("type").asText()).as(where + " is a primitive, never null").isEqualTo("integer");
        } else if (raw == Integer.class) {
            assertThat(jsonType).as(where).isEqualTo("integer");
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
        return schemasOfRecord(record).stream().findFirst();
    }

    /** Every schema of a record in the event types' data, one for each place it sits. */
    static List<JsonNode> schemasOfRecord(Class<?> record) {
        return Arrays.stream(EventType.values())
                .flatMap(type -> find(type.dataClass(), schemaOf(type), record))
                .toList();
    }

    private static Stream<JsonNode> find(Type javaType, JsonNode schema, Class<?> wanted) {
        Class<?> raw = (Class<?>) (javaType instanceof ParameterizedType generic ? generic.getRawType() : javaType);
        if (raw == wanted) {
            return Stream.of(schema);
        }
        if (raw == List.class) {
            return find(((ParameterizedType) javaType).getActualTypeArguments()[0], schema.path("items"), wanted);
        }
        if (raw.isRecord()) {
            return Arrays.stream(raw.getRecordComponents())
                    .flatMap(component -> find(component.getGenericType(),
                            schema.path("properties").path(component.getName()), wanted));
        }
        return Stream.empty();
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

    /** The event types whose data has an encounter class: those of a visit, done, scheduled, begun or missed. */
    static Stream<EventType> typesWithAnEncounterClass() {
        return Arrays.stream(EventType.values()).filter(type -> Arrays.stream(type.dataClass().getRecordComponents())
                .anyMatch(component -> component.getName().equals("encounterClass")));
    }

    @ParameterizedTest
    @MethodSource("typesWithAnEncounterClass")
    void encounterClassIsTheFhirEncounterClassCodeAndCoversEverySettingsDefault(EventType type) {
        JsonNode schema = schemaOf(type);
        JsonNode encounterClass = schema.path("properties").path("encounterClass");

        assertThat(textsOf(encounterClass.path("enum"))).containsExactly("IMP", "AMB", "HH", "VR");
        for (CareSetting setting : CareSetting.values()) {
            assertThat(textsOf(encounterClass.path("enum"))).contains(setting.encounterClass());
        }
        ObjectNode unknownClass = MAPPER.<ObjectNode>valueToTree(SampleEvents.of(type)).put("encounterClass", "EMER");
        assertThat(SchemaCheck.violations(schema, unknownClass)).anyMatch(v -> v.contains("EMER"));
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
            case REFERRAL_CANCELLED, REFERRAL_REJECTED, REFERRAL_CONCLUDED, REFERRAL_TRANSFERRED, CONSULT_SIGNED_OFF,
                    APPOINTMENT_CANCELLED, ONWARD_REFERRAL_CHANGED -> Set.of("reason");
            case CONSULT_REQUESTED -> Set.of("diagnosis", "bed", "question");
            case GOALS_OF_CARE_DOCUMENTED -> Set.of("participants", "whatMatters", "decisions");
            // Symptom scores, PPS and code status identify no one and are what analytics measure: the free text and
            // the healthcare agent beside them are marked where they sit, not the object that holds both.
            case VISIT_COMPLETED -> Set.of("esas.otherProblem");
            case PATIENT_TRANSITIONED -> Set.of("handover.esas.otherProblem", "handover.whatMatters",
                    "handover.decisions", "handover.healthcareAgent", "handover.advanceDirective");
            // The document's reference points into the patient's record; the agent's relationship names no one.
            case ACP_DOCUMENT_CHANGED -> Set.of("reference", "healthcareAgent.name", "healthcareAgent.phone");
            default -> Set.of();
        };

        assertThat(phiFields(properties)).isEqualTo(expected);
        assertThat(properties.path("patientId").has("x-pallium-phi"))
                .as("the Pallium patient id is pseudonymous, not PHI").isFalse();
    }

    /**
     * The properties marked {@code x-pallium-phi: true}, at any depth, as dotted paths such as
     * {@code handover.whatMatters}. Any other value of the mark fails, and so does a mark inside a
     * property that is PHI as a whole.
     */
    static Set<String> phiFields(JsonNode properties) {
        Set<String> phi = new TreeSet<>();
        collectPhiFields(properties, "", phi);
        return phi;
    }

    private static void collectPhiFields(JsonNode properties, String prefix, Set<String> phi) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix + property.getKey();
            JsonNode marker = property.getValue().get("x-pallium-phi");
            JsonNode nested = property.getValue().path("properties");
            if (marker == null) {
                collectPhiFields(nested, path + ".", phi);
                continue;
            }
            assertThat(marker.isBoolean() && marker.asBoolean())
                    .as("x-pallium-phi of %s must be the boolean true", path).isTrue();
            phi.add(path);
            assertThat(phiFields(nested)).as("%s is PHI as a whole: nothing inside it is marked again", path).isEmpty();
        }
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

        for (RecordComponent component : type.dataClass().getRecordComponents()) {
            if (component.getType().isEnum()) {
                String lowerCase =
                        ((Enum<?>) component.getType().getEnumConstants()[0]).name().toLowerCase(Locale.ROOT);
                ObjectNode badEnum = valid.deepCopy().put(component.getName(), lowerCase);
                assertThat(SchemaCheck.violations(schema, badEnum)).as(component.getName())
                        .anyMatch(v -> v.contains(component.getName()) && v.contains(lowerCase));
            }
        }

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
    void blankTextAndMalformedPartsOfAReferralAreRejected() {
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
    }

    @Test
    void everyEsasRIsTheOneScaleWhereverItSits() {
        List<JsonNode> forms = schemasOfRecord(EsasR.class);

        assertThat(forms).as("visit.completed.v2 and patient.transitioned.v1's handover").hasSize(2);
        JsonNode items = forms.get(0).path("properties");
        forms.forEach(form -> assertThat(form.path("properties")).isEqualTo(items));
        for (EsasItem item : EsasItem.values()) {
            JsonNode score = items.path(item.field());
            assertThat(score.path("type").asText()).as(item.field()).isEqualTo("integer");
            assertThat(score.get("minimum")).as(item.field()).isEqualTo(IntNode.valueOf(EsasR.NONE));
            assertThat(score.get("maximum")).as(item.field()).isEqualTo(IntNode.valueOf(EsasR.WORST_POSSIBLE));
        }
        assertThat(textsOf(items.path("other").path("type"))).containsExactly("integer", "null");
        assertThat(items.path("other").get("minimum")).isEqualTo(IntNode.valueOf(EsasR.NONE));
        assertThat(items.path("other").get("maximum")).isEqualTo(IntNode.valueOf(EsasR.WORST_POSSIBLE));
    }

    @Test
    void everyPpsIsALevelInStepsOfTen() {
        List<JsonNode> levels = new ArrayList<>();
        Arrays.stream(EventType.values()).forEach(type -> collectProperties(schemaOf(type), "pps", levels));

        assertThat(levels).as("visit.completed.v2 and patient.transitioned.v1's handover").hasSize(2);
        for (JsonNode pps : levels) {
            assertThat(textsOf(pps.path("type"))).containsExactly("integer", "null");
            assertThat(pps.get("multipleOf")).isEqualTo(IntNode.valueOf(Pps.STEP));
            assertThat(pps.get("minimum")).isEqualTo(IntNode.valueOf(0));
            assertThat(pps.get("maximum")).isEqualTo(IntNode.valueOf(100));
        }
    }

    private static void collectProperties(JsonNode schema, String name, List<JsonNode> found) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getKey().equals(name)) {
                found.add(property.getValue());
            }
            collectProperties(property.getValue(), name, found);
        }
    }

    @Test
    void theSchemasRejectScoresOffTheirScales() {
        JsonNode visitSchema = schemaOf(EventType.VISIT_COMPLETED);
        ObjectNode visit = MAPPER.valueToTree(SampleEvents.of(EventType.VISIT_COMPLETED));
        for (EsasItem item : EsasItem.values()) {
            for (int offScale : new int[] {-1, 11}) {
                ObjectNode broken = visit.deepCopy();
                ((ObjectNode) broken.get("esas")).put(item.field(), offScale);
                assertThat(SchemaCheck.violations(visitSchema, broken)).as("%s = %d", item.field(), offScale)
                        .anyMatch(v -> v.contains("esas." + item.field()));
            }
        }
        ObjectNode halfPoint = visit.deepCopy();
        ((ObjectNode) halfPoint.get("esas")).put("pain", 6.5);
        assertThat(SchemaCheck.violations(visitSchema, halfPoint)).anyMatch(v -> v.contains("esas.pain"));
        for (int between : new int[] {-10, 5, 35, 105, 110}) {
            assertThat(SchemaCheck.violations(visitSchema, visit.deepCopy().put("pps", between))).as("pps %d", between)
                    .anyMatch(v -> v.contains("pps"));
        }
        for (int level : new int[] {0, 10, 100}) {
            assertThat(SchemaCheck.violations(visitSchema, visit.deepCopy().put("pps", level))).isEmpty();
        }

        JsonNode transitionSchema = schemaOf(EventType.PATIENT_TRANSITIONED);
        ObjectNode transition = MAPPER.valueToTree(SampleEvents.of(EventType.PATIENT_TRANSITIONED));
        ObjectNode handoverOffScale = transition.deepCopy();
        ((ObjectNode) handoverOffScale.get("handover")).put("pps", 45);
        ((ObjectNode) handoverOffScale.get("handover").get("esas")).put("other", 11);
        assertThat(SchemaCheck.violations(transitionSchema, handoverOffScale))
                .anyMatch(v -> v.contains("handover.pps")).anyMatch(v -> v.contains("handover.esas.other"));
    }

    @Test
    void aGoalsOfCareConversationNamesItsParticipants() {
        JsonNode schema = schemaOf(EventType.GOALS_OF_CARE_DOCUMENTED);
        ObjectNode valid = MAPPER.valueToTree(SampleEvents.of(EventType.GOALS_OF_CARE_DOCUMENTED));

        ObjectNode nobody = valid.deepCopy().set("participants", MAPPER.createArrayNode());
        assertThat(SchemaCheck.violations(schema, nobody)).anyMatch(v -> v.contains("participants"));
        ObjectNode blank = valid.deepCopy().set("participants", MAPPER.createArrayNode().add(" "));
        assertThat(SchemaCheck.violations(schema, blank)).anyMatch(v -> v.contains("participants[0]"));
    }

    @Test
    void aBookingsVisitTypeIsOneOfTheClinicsVisitTypes() {
        JsonNode schema = schemaOf(EventType.APPOINTMENT_BOOKED);
        ObjectNode valid = MAPPER.valueToTree(SampleEvents.of(EventType.APPOINTMENT_BOOKED));

        assertThat(textsOf(schema.path("properties").path("visitType").path("enum"))).containsExactly("NEW_PATIENT",
                "FOLLOW_UP", "SYMPTOM_FOCUSED", "ADVANCE_CARE_PLANNING", "FAMILY_MEETING", "VIDEO_VISIT");
        assertThat(SchemaCheck.violations(schema, valid.deepCopy().put("visitType", "VIDEO_VISIT"))).isEmpty();
        assertThat(SchemaCheck.violations(schema, valid.deepCopy().put("visitType", "HOME_VISIT")))
                .anyMatch(v -> v.contains("visitType") && v.contains("HOME_VISIT"));
    }

    @Test
    void aCallsDurationAndAnEvvExceptionsDistancesAreWholeAndNeverNegative() {
        JsonNode callSchema = schemaOf(EventType.CALL_LOGGED);
        ObjectNode call = MAPPER.valueToTree(SampleEvents.of(EventType.CALL_LOGGED));
        assertThat(SchemaCheck.violations(callSchema, call.deepCopy().put("durationSeconds", 0))).isEmpty();
        assertThat(SchemaCheck.violations(callSchema, call.deepCopy().put("durationSeconds", -1)))
                .anyMatch(v -> v.contains("durationSeconds"));

        JsonNode evvSchema = schemaOf(EventType.EVV_EXCEPTION_RAISED);
        ObjectNode evv = MAPPER.valueToTree(SampleEvents.of(EventType.EVV_EXCEPTION_RAISED));
        for (String distance : List.of("distanceMeters", "thresholdMeters")) {
            assertThat(SchemaCheck.violations(evvSchema, evv.deepCopy().putNull(distance))).as(distance).isEmpty();
            assertThat(SchemaCheck.violations(evvSchema, evv.deepCopy().put(distance, -1))).as(distance)
                    .anyMatch(v -> v.contains(distance));
            assertThat(SchemaCheck.violations(evvSchema, evv.deepCopy().put(distance, 850.5))).as(distance)
                    .anyMatch(v -> v.contains(distance));
        }
    }

    @Test
    void aNullableEnumTakesNullAndItsConstantsOnly() {
        JsonNode schema = schemaOf(EventType.CODE_STATUS_CHANGED);
        ObjectNode valid = MAPPER.valueToTree(SampleEvents.of(EventType.CODE_STATUS_CHANGED));

        assertThat(SchemaCheck.violations(schema, valid.deepCopy().putNull("previous"))).isEmpty();
        assertThat(SchemaCheck.violations(schema, valid.deepCopy().put("previous", "DNR"))).isEmpty();
        assertThat(SchemaCheck.violations(schema, valid.deepCopy().put("previous", "NO_CODE")))
                .anyMatch(v -> v.contains("previous"));
        assertThat(SchemaCheck.violations(schema, valid.deepCopy().putNull("codeStatus")))
                .anyMatch(v -> v.contains("codeStatus"));
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

    /** The texts of a JSON array, a JSON null as null. */
    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isNull() ? null : item.asText()));
        return texts;
    }
}
