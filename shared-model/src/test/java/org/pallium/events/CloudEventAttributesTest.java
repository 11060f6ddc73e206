package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudEvents attributes, their Kafka headers, and the records' own invariants. */
class CloudEventAttributesTest {

    private static final UUID EVENT_ID = UUID.fromString("0b6c5f7e-8a9d-4e3f-b2a1-c4d5e6f7a8b9");
    private static final URI SOURCE = URI.create("/pallium/home-visit-service");

    private static CloudEventAttributes attributesOf(EventType type) {
        return CloudEventAttributes.of(EVENT_ID, SOURCE, SampleEvents.of(type));
    }

    private static Map<String, String> headersOf(EventType type) {
        return new HashMap<>(attributesOf(type).toKafkaHeaders());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void attributesFollowThePalliumConventions(EventType type) {
        PalliumEvent event = SampleEvents.of(type);
        CloudEventAttributes attributes = CloudEventAttributes.of(EVENT_ID, SOURCE, event);

        assertThat(attributes.id()).isEqualTo(EVENT_ID);
        assertThat(attributes.source()).isEqualTo(SOURCE);
        assertThat(attributes.type()).isEqualTo(type.typeName());
        assertThat(attributes.subject()).isEqualTo(SampleEvents.PATIENT_ID.toString()).isEqualTo(event.patientId().toString());
        assertThat(attributes.time()).isEqualTo(SampleEvents.clinicalTimeOf(type)).isEqualTo(event.occurredAt());
        assertThat(attributes.dataschema()).isEqualTo(type.dataSchema());
        assertThat(attributes.dataschema().toString()).isEqualTo("urn:pallium:schema:" + type.typeName());
        assertThat(attributes.datacontenttype()).isEqualTo("application/json");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void headersAreTheBinaryModeKafkaHeadersInAStableOrder(EventType type) {
        Map<String, String> headers = attributesOf(type).toKafkaHeaders();

        assertThat(headers).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", EVENT_ID.toString()),
                Map.entry("ce_source", "/pallium/home-visit-service"),
                Map.entry("ce_type", type.typeName()),
                Map.entry("ce_subject", SampleEvents.PATIENT_ID.toString()),
                Map.entry("ce_time", SampleEvents.clinicalTimeOf(type).toString()),
                Map.entry("ce_dataschema", type.dataSchema().toString()),
                Map.entry("content-type", "application/json"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void headersRoundTripToEqualAttributes(EventType type) {
        CloudEventAttributes attributes = attributesOf(type);

        CloudEventAttributes back = CloudEventAttributes.fromKafkaHeaders(attributes.toKafkaHeaders()::get);

        assertThat(back).isEqualTo(attributes);
        assertThat(EventType.ofTypeName(back.type())).contains(type);
    }

    @Test
    void fractionalSecondsOfTheClinicalTimeSurviveTheHeaders() {
        CloudEventAttributes attributes = attributesOf(EventType.REFERRAL_RECEIVED);

        CloudEventAttributes back = CloudEventAttributes.fromKafkaHeaders(attributes.toKafkaHeaders()::get);

        assertThat(back.time()).isEqualTo(Instant.parse("2025-03-01T09:15:02.250Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time",
            "ce_dataschema", "content-type"})
    void aMissingHeaderIsRejected(String header) {
        Map<String, String> headers = headersOf(EventType.VISIT_COMPLETED);
        headers.remove(header);

        assertThatThrownBy(() -> CloudEventAttributes.fromKafkaHeaders(headers::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "1", "2.0", " 1.0", ""})
    void anotherSpecVersionIsRejected(String specVersion) {
        Map<String, String> headers = headersOf(EventType.VISIT_COMPLETED);
        headers.put("ce_specversion", specVersion);

        assertThatThrownBy(() -> CloudEventAttributes.fromKafkaHeaders(headers::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("specversion");
    }

    static Stream<Arguments> malformedHeaders() {
        return Stream.of(
                Arguments.of("ce_id", "not-a-uuid"),
                Arguments.of("ce_id", " "),
                Arguments.of("ce_time", "2025-03-04 10:30"),
                Arguments.of("ce_source", "not a uri"),
                Arguments.of("ce_subject", "  "),
                Arguments.of("ce_type", ""));
    }

    @ParameterizedTest
    @MethodSource("malformedHeaders")
    void aMalformedHeaderIsRejected(String header, String value) {
        Map<String, String> headers = headersOf(EventType.REFERRAL_ACCEPTED);
        headers.put(header, value);

        assertThatThrownBy(() -> CloudEventAttributes.fromKafkaHeaders(headers::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeHasItsTopicAndIsFoundByItsName(EventType type) {
        PalliumEvent event = SampleEvents.of(type);

        assertThat(EventType.of(event)).isEqualTo(type);
        assertThat(EventType.ofTypeName(type.typeName())).contains(type);
        assertThat(type.topic()).isEqualTo(switch (event) {
            case ReferralEvent referral -> Topic.REFERRAL_EVENTS;
            case VisitEvent visit -> Topic.VISIT_EVENTS;
            case CareEvent care -> Topic.CARE_EVENTS;
        });
        assertThat(type.typeName()).matches("org\\.pallium\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v\\d+");
    }

    @Test
    void anUnknownTypeNameIsEmptySoAConsumerCanSkipIt() {
        assertThat(EventType.ofTypeName("org.pallium.visit.completed.v1")).as("retired before the first release").isEmpty();
        assertThat(EventType.ofTypeName("org.pallium.consult.requested.v2")).isEmpty();
        assertThat(EventType.ofTypeName("")).isEmpty();
    }

    /** Every record of the contract, with a valid instance to break one component at a time. */
    static Stream<Arguments> records() {
        List<Arguments> records = new ArrayList<>();
        for (EventType type : EventType.values()) {
            records.add(Arguments.of(type.dataClass().getSimpleName(), SampleEvents.of(type)));
        }
        ReferralSubmitted submitted = (ReferralSubmitted) SampleEvents.of(EventType.REFERRAL_SUBMITTED);
        records.add(Arguments.of("PatientDetails", submitted.patient()));
        records.add(Arguments.of("PatientIdentifier", submitted.patient().identifier()));
        records.add(Arguments.of("Address", submitted.patient().address()));
        records.add(Arguments.of("Guardian", new Guardian("Maria Example", "mother", "+1 555 0101")));
        records.add(Arguments.of("Diagnosis", submitted.diagnosis()));
        records.add(Arguments.of("Coding", submitted.diagnosis().code()));
        records.add(Arguments.of("Referrer", submitted.referrer()));
        records.add(Arguments.of("Coverage", submitted.coverage()));
        records.add(Arguments.of("AttachmentReference", submitted.attachments().get(0)));
        Handover handover = SampleEvents.handover();
        records.add(Arguments.of("Handover", handover));
        records.add(Arguments.of("EsasR", handover.esas()));
        records.add(Arguments.of("HealthcareAgent", handover.healthcareAgent()));
        records.add(Arguments.of("CloudEventAttributes", attributesOf(EventType.REFERRAL_SUBMITTED)));
        return records.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordsRejectANullComponentUnlessItsSchemaAllowsNull(String name, Record valid)
            throws ReflectiveOperationException {
        Optional<JsonNode> schema = EventSchemaTest.schemaOfRecord(valid.getClass());
        RecordComponent[] components = valid.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getType().isPrimitive()) {
                continue;
            }
            Object[] arguments = argumentsOf(valid);
            arguments[i] = null;

            if (schema.map(s -> EventSchemaTest.isNullable(s.path("properties").path(component.getName()))).orElse(false)) {
                assertThat(catchThrowable(() -> construct(valid.getClass(), arguments)))
                        .as("%s.%s = null, which its schema allows: accepted, or refused only by an invariant that "
                                + "ties it to another component and names it", name, component.getName())
                        .satisfiesAnyOf(
                                thrown -> assertThat(thrown).isNull(),
                                thrown -> assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                                        .hasMessageContaining(component.getName()));
            } else {
                assertThatThrownBy(() -> construct(valid.getClass(), arguments))
                        .as("%s.%s = null", name, component.getName())
                        .isInstanceOf(NullPointerException.class)
                        .hasMessageContaining(component.getName());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordsRejectABlankText(String name, Record valid) throws ReflectiveOperationException {
        int textComponents = 0;
        RecordComponent[] components = valid.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getType() != String.class) {
                continue;
            }
            textComponents++;
            for (String blank : List.of("", "   ", "\t\n")) {
                Object[] arguments = argumentsOf(valid);
                arguments[i] = blank;

                assertThatThrownBy(() -> construct(valid.getClass(), arguments))
                        .as("%s.%s = '%s'", name, component.getName(), blank)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(component.getName());
            }
        }
        if (valid instanceof ReferralReceived || valid instanceof ReferralAccepted
                || valid instanceof ReferralFirstVisitCompleted || valid instanceof ConsultSeen) {
            assertThat(textComponents).isZero();
        } else {
            assertThat(textComponents).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theValidSampleIsRebuiltEqualFromItsComponents(String name, Record valid) throws Throwable {
        assertThat(construct(valid.getClass(), argumentsOf(valid))).as(name).isEqualTo(valid);
    }

    @Test
    void aVisitCannotEndBeforeItStarts() {
        Instant start = SampleEvents.VISIT_STARTED_AT;

        assertThatThrownBy(() -> new VisitCompleted(SampleEvents.VISIT_ID, SampleEvents.PATIENT_ID,
                CareSetting.OUTPATIENT, "AMB", "Dr. Cicely Saunders", Discipline.PHYSICIAN, start, start.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endedAt");
        assertThatCode(() -> new VisitCompleted(SampleEvents.VISIT_ID, SampleEvents.PATIENT_ID,
                CareSetting.OUTPATIENT, "AMB", "Dr. Cicely Saunders", Discipline.PHYSICIAN, start, start))
                .doesNotThrowAnyException();
    }

    @Test
    void aVisitHasOneOfTheFhirEncounterClasses() {
        Instant start = SampleEvents.VISIT_STARTED_AT;
        for (String encounterClass : List.of("IMP", "AMB", "HH", "VR")) {
            assertThatCode(() -> new VisitCompleted(SampleEvents.VISIT_ID, SampleEvents.PATIENT_ID,
                    CareSetting.HOME, encounterClass, "Florence Nightingale", Discipline.NURSE, start, start.plusSeconds(600)))
                    .doesNotThrowAnyException();
        }
        for (String encounterClass : List.of("EMER", "hh", "HOME")) {
            assertThatThrownBy(() -> new VisitCompleted(SampleEvents.VISIT_ID, SampleEvents.PATIENT_ID,
                    CareSetting.HOME, encounterClass, "Florence Nightingale", Discipline.NURSE, start, start.plusSeconds(600)))
                    .as(encounterClass)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("encounterClass");
        }
    }

    @Test
    void aTransferGoesToAnotherSettingUnderANewReferral() {
        ReferralTransferred valid = (ReferralTransferred) SampleEvents.of(EventType.REFERRAL_TRANSFERRED);

        assertThatThrownBy(() -> new ReferralTransferred(valid.referralId(), valid.patientId(), CareSetting.HOME,
                CareSetting.HOME, valid.newReferralId(), valid.reason(), valid.transferredBy(), valid.transferredAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toSetting");
        assertThatThrownBy(() -> new ReferralTransferred(valid.referralId(), valid.patientId(), valid.setting(),
                valid.toSetting(), valid.referralId(), valid.reason(), valid.transferredBy(), valid.transferredAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newReferralId");
    }

    @Test
    void theClinicalTimeOfAVisitIsItsStartNotItsEnd() {
        VisitCompleted visit = (VisitCompleted) SampleEvents.of(EventType.VISIT_COMPLETED);

        assertThat(visit.occurredAt()).isEqualTo(visit.startedAt()).isNotEqualTo(visit.endedAt());
        assertThat(CloudEventAttributes.of(EVENT_ID, SOURCE, visit).time()).isEqualTo(visit.startedAt());
    }

    private static Object[] argumentsOf(Record record) throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = components[i].getAccessor().invoke(record);
        }
        return arguments;
    }

    private static Object construct(Class<?> recordClass, Object[] arguments) throws Throwable {
        Class<?>[] types = Arrays.stream(recordClass.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = recordClass.getDeclaredConstructor(types);
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
