package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The AsyncAPI 3 document agrees with the code: its topics, messages, headers, keys, payload
 * schemas, publishers and PHI markings. No YAML library is on the classpath, so the document is
 * read with {@link MiniYaml}, which rejects YAML outside the subset it understands.
 */
class AsyncApiDocumentTest {

    private static final Set<String> CARE_SETTING_SERVICES =
            Set.of("inpatient-service", "outpatient-service", "home-visit-service");

    private static String text;
    private static Map<String, Object> document;

    @BeforeAll
    static void readDocument() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document = map(MiniYaml.parse(text));
    }

    @Test
    void itIsAnAsyncApi3DocumentWithInfo() {
        assertThat(text).startsWith("asyncapi: 3.0.0\n");
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(document).containsKeys("info", "servers", "channels", "operations", "components");
        Map<String, Object> info = map(document.get("info"));
        assertThat(string(info.get("title"))).isNotBlank();
        assertThat(string(info.get("version"))).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(document.get("defaultContentType")).isEqualTo(CloudEventAttributes.JSON);
    }

    @Test
    void theKafkaServerHasAConfigurableBootstrapAddressWithALocalDefault() {
        Map<String, Object> servers = map(document.get("servers"));
        assertThat(servers).hasSize(1);
        Map<String, Object> server = map(servers.values().iterator().next());

        assertThat(server.get("protocol")).isEqualTo("kafka");
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(string(server.get("host")));
        assertThat(variable.find()).as("host has a {variable}").isTrue();
        Map<String, Object> declared = map(map(server.get("variables")).get(variable.group(1)));
        assertThat(declared.get("default")).isEqualTo("127.0.0.1:9092");
        assertThat(string(declared.get("description"))).isNotBlank();
    }

    @Test
    void theChannelsAreExactlyTheTopics() {
        Set<String> addresses = channels().values().stream()
                .map(channel -> string(map(channel).get("address"))).collect(Collectors.toSet());

        assertThat(addresses).containsExactlyInAnyOrder(
                Arrays.stream(Topic.values()).map(Topic::topicName).toArray(String[]::new));
        for (Object channel : channels().values()) {
            Map<String, Object> kafka = map(map(map(channel).get("bindings")).get("kafka"));
            assertThat(kafka.get("topic")).isEqualTo(map(channel).get("address"));
        }
    }

    @Test
    void thereIsOneMessagePerEventTypeAndNoOther() {
        Set<String> names = messages().values().stream()
                .map(message -> string(map(message).get("name"))).collect(Collectors.toSet());

        assertThat(names).containsExactlyInAnyOrder(
                Arrays.stream(EventType.values()).map(EventType::typeName).toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theMessageIsOnItsTopicsChannelOnly(EventType type) {
        String messageRef = "#/components/messages/" + messageIdOf(type);
        List<String> carriers = new ArrayList<>();
        channels().forEach((id, channel) -> {
            Map<String, Object> channelMessages = map(map(channel).get("messages"));
            for (Object message : channelMessages.values()) {
                if (messageRef.equals(map(message).get("$ref"))) {
                    carriers.add(string(map(channel).get("address")));
                }
            }
        });

        assertThat(carriers).containsExactly(type.topic().topicName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void thePayloadIsTheTypesSchemaFile(EventType type) {
        Map<String, Object> message = message(type);

        String ref = string(map(message.get("payload")).get("$ref"));
        assertThat(ref).isEqualTo("./schemas/" + type.typeName() + ".json");
        assertThat(ref.substring(1)).isEqualTo(type.schemaResource());
        assertThat(AsyncApiDocumentTest.class.getResource(type.schemaResource())).isNotNull();
        assertThat(message.get("contentType")).isEqualTo(CloudEventAttributes.JSON);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theHeadersAreTheCloudEventsBinaryModeHeadersOfThisType(EventType type) {
        CloudEventAttributes attributes = CloudEventAttributes.of(UUID.randomUUID(),
                URI.create("/pallium/inpatient-service"), SampleEvents.of(type));
        Set<String> kafkaHeaders = attributes.toKafkaHeaders().keySet();

        List<Object> allOf = list(map(message(type).get("headers")).get("allOf"));
        Map<String, Object> common = map(resolve(string(map(allOf.get(0)).get("$ref"))));
        Map<String, Object> narrowed = map(map(allOf.get(1)).get("properties"));
        Map<String, Object> properties = map(common.get("properties"));

        assertThat(properties.keySet()).isEqualTo(kafkaHeaders);
        assertThat(new LinkedHashSet<>(list(common.get("required")))).isEqualTo(kafkaHeaders);
        assertThat(map(properties.get("ce_specversion")).get("const")).isEqualTo(CloudEventAttributes.SPEC_VERSION);
        assertThat(map(properties.get("content-type")).get("const")).isEqualTo(CloudEventAttributes.JSON);
        assertThat(map(properties.get("ce_id")).get("format")).isEqualTo("uuid");
        assertThat(map(properties.get("ce_subject")).get("format")).isEqualTo("uuid");
        assertThat(map(properties.get("ce_time")).get("format")).isEqualTo("date-time");
        assertThat(string(map(properties.get("ce_subject")).get("description"))).contains("patient id");
        assertThat(string(map(properties.get("ce_time")).get("description"))).contains("clinical time");
        properties.forEach((name, schema) ->
                assertThat(string(map(schema).get("description"))).as(name).isNotBlank());

        assertThat(map(narrowed.get("ce_type")).get("const")).isEqualTo(type.typeName());
        assertThat(map(narrowed.get("ce_dataschema")).get("const")).isEqualTo(type.dataSchema().toString());
        assertThat(sourcesOf(narrowed.get("ce_source"))).isEqualTo(publishersOf(type).stream()
                .map(service -> "/pallium/" + service).collect(Collectors.toSet()));
        Pattern sourcePattern = Pattern.compile(string(map(properties.get("ce_source")).get("pattern")));
        for (String source : sourcesOf(narrowed.get("ce_source"))) {
            assertThat(sourcePattern.matcher(source).find()).as(source).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theRecordKeyIsThePatientIdForPerPatientOrdering(EventType type) {
        Map<String, Object> kafka = map(map(message(type).get("bindings")).get("kafka"));
        Map<String, Object> key = map(resolve(string(map(kafka.get("key")).get("$ref"))));

        assertThat(key.get("type")).isEqualTo("string");
        assertThat(key.get("format")).isEqualTo("uuid");
        assertThat(string(key.get("description"))).contains("Pallium patient id").contains("ce_subject")
                .contains("order");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theTypesPublishersSendItAndNoOneElseDoes(EventType type) {
        Set<String> senders = new TreeSet<>();
        for (Map<String, Object> operation : operationsCarrying(type)) {
            if ("send".equals(operation.get("action"))) {
                list(operation.get("x-pallium-publishers")).forEach(service -> senders.add(string(service)));
            }
        }

        assertThat(senders).isEqualTo(new TreeSet<>(publishersOf(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void analyticsReceivesEveryTypeAndIsToldToDeduplicateById(EventType type) {
        List<Map<String, Object>> analytics = operationsCarrying(type).stream()
                .filter(operation -> "receive".equals(operation.get("action")))
                .filter(operation -> list(operation.get("x-pallium-consumers")).contains("analytics"))
                .toList();

        assertThat(analytics).hasSize(1);
        assertThat(string(analytics.get(0).get("description"))).contains("ce_id").contains("at-least-once");
        String overview = string(map(document.get("info")).get("description"));
        assertThat(overview).contains("at-least-once").contains("deduplicate by `ce_id`").contains("x-pallium-phi");
    }

    @Test
    void theCareSettingServicesTakeInSubmittedReferrals() {
        assertThat(consumersOf(EventType.REFERRAL_SUBMITTED)).containsAll(CARE_SETTING_SERVICES);
    }

    @Test
    void theGatewayFollowsConsultsAndTheSettingsThatTakeAPatientOnReadTheHandover() {
        assertThat(consumersOf(EventType.CONSULT_REQUESTED)).contains("referral-gateway");
        assertThat(consumersOf(EventType.PATIENT_TRANSITIONED)).contains("outpatient-service", "home-visit-service");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"APPOINTMENT_BOOKED", "APPOINTMENT_RESCHEDULED",
            "APPOINTMENT_CANCELLED", "APPOINTMENT_MISSED", "ACP_DOCUMENT_CHANGED", "ONWARD_REFERRAL_CHANGED"})
    void theGatewayReadsTheClinicsEventsForTheTimelineAndThePatientSummary(EventType type) {
        assertThat(consumersOf(type)).contains("referral-gateway");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"VISIT_SCHEDULED", "VISIT_STARTED", "VISIT_MISSED", "VISIT_CANCELLED",
            "URGENT_VISIT_DISPATCHED", "EVV_EXCEPTION_RAISED", "CALL_LOGGED"})
    void theGatewayReadsTheHomeProgrammesEventsForTheTimeline(EventType type) {
        assertThat(consumersOf(type)).contains("referral-gateway");
    }

    private static Set<String> consumersOf(EventType type) {
        Set<String> consumers = new TreeSet<>();
        for (Map<String, Object> operation : operationsCarrying(type)) {
            if ("receive".equals(operation.get("action"))) {
                list(operation.get("x-pallium-consumers")).forEach(service -> consumers.add(string(service)));
            }
        }
        return consumers;
    }

    @Test
    void everyOperationSendsOrReceivesMessagesOfItsOwnChannel() {
        assertThat(operations()).isNotEmpty();
        operations().forEach((id, value) -> {
            Map<String, Object> operation = map(value);
            assertThat(operation.get("action")).as(id).isIn("send", "receive");
            String channelRef = string(map(operation.get("channel")).get("$ref"));
            assertThat(channelRef).as(id).startsWith("#/channels/");
            assertThat(resolve(channelRef)).as(id).isNotNull();
            List<Object> messages = list(operation.get("messages"));
            assertThat(messages).as(id).isNotEmpty();
            for (Object message : messages) {
                assertThat(string(map(message).get("$ref"))).as(id).startsWith(channelRef + "/messages/");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theMessagesPhiFieldsAreExactlyThoseItsSchemaMarks(EventType type) {
        Map<String, Object> message = message(type);
        Set<String> declared = list(message.get("x-pallium-phi-fields")).stream()
                .map(AsyncApiDocumentTest::string).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tags = list(message.getOrDefault("tags", List.of())).stream()
                .map(tag -> string(map(tag).get("name"))).collect(Collectors.toSet());

        assertThat(declared).isEqualTo(EventSchemaTest.phiFields(EventSchemaTest.schemaOf(type).path("properties")));
        assertThat(tags.contains("phi")).isEqualTo(!declared.isEmpty());
        declared.forEach(field -> assertThat(string(message.get("description"))).contains(field));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertThat(refs).hasSizeGreaterThan(EventType.values().length * 3);
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(resolve(ref)).as(ref).isNotNull();
            } else {
                assertThat(ref).as(ref).startsWith("./");
                assertThat(AsyncApiDocumentTest.class.getResource(ref.substring(1))).as(ref).isNotNull();
            }
        }
    }

    @Test
    void theReaderRejectsYamlItDoesNotUnderstand() {
        assertThat(MiniYaml.parse("a:\n  b: '1.0'\n  c:\n  - x\n  - y: z\n    w: v\n"))
                .isEqualTo(Map.of("a", Map.of("b", "1.0", "c", List.of("x", Map.of("y", "z", "w", "v")))));
        assertThatThrownBy(() -> MiniYaml.parse("a: &anchor x\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniYaml.parse("a: {b: c}\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniYaml.parse("a: x # note\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniYaml.parse("a: x\na: y\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniYaml.parse("a: one\n  two\n")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> publishersOf(EventType type) {
        return switch (type) {
            case REFERRAL_SUBMITTED, REFERRAL_CANCELLED -> Set.of("referral-gateway");
            case CONSULT_REQUESTED, CONSULT_SEEN, CONSULT_SIGNED_OFF, GOALS_OF_CARE_DOCUMENTED, CODE_STATUS_CHANGED,
                    PATIENT_TRANSITIONED -> Set.of("inpatient-service");
            case APPOINTMENT_BOOKED, APPOINTMENT_RESCHEDULED, APPOINTMENT_CANCELLED, APPOINTMENT_MISSED,
                    ACP_DOCUMENT_CHANGED, ONWARD_REFERRAL_CHANGED -> Set.of("outpatient-service");
            case VISIT_SCHEDULED, VISIT_STARTED, VISIT_MISSED, VISIT_CANCELLED, URGENT_VISIT_DISPATCHED,
                    EVV_EXCEPTION_RAISED, CALL_LOGGED -> Set.of("home-visit-service");
            default -> CARE_SETTING_SERVICES;
        };
    }

    private static Set<String> sourcesOf(Object sourceSchema) {
        Map<String, Object> schema = map(sourceSchema);
        if (schema.containsKey("$ref")) {
            schema = map(resolve(string(schema.get("$ref"))));
        }
        if (schema.containsKey("const")) {
            return Set.of(string(schema.get("const")));
        }
        return list(schema.get("enum")).stream().map(AsyncApiDocumentTest::string).collect(Collectors.toSet());
    }

    private static String messageIdOf(EventType type) {
        return messages().entrySet().stream()
                .filter(entry -> type.typeName().equals(map(entry.getValue()).get("name")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no message named " + type.typeName()));
    }

    private static Map<String, Object> message(EventType type) {
        return map(messages().get(messageIdOf(type)));
    }

    /** The operations whose messages include this type's message. */
    private static List<Map<String, Object>> operationsCarrying(EventType type) {
        List<Map<String, Object>> carrying = new ArrayList<>();
        for (Object value : operations().values()) {
            Map<String, Object> operation = map(value);
            for (Object ref : list(operation.get("messages"))) {
                Object channelMessage = resolve(string(map(ref).get("$ref")));
                if (("#/components/messages/" + messageIdOf(type)).equals(map(channelMessage).get("$ref"))) {
                    carrying.add(operation);
                }
            }
        }
        return carrying;
    }

    private static Map<String, Object> channels() {
        return map(document.get("channels"));
    }

    private static Map<String, Object> operations() {
        return map(document.get("operations"));
    }

    private static Map<String, Object> messages() {
        return map(map(document.get("components")).get("messages"));
    }

    private static Object resolve(String ref) {
        return MiniYaml.resolvePointer(document, ref);
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add(string(value));
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }

    private static String string(Object node) {
        assertThat(node).isInstanceOf(String.class);
        return (String) node;
    }
}
