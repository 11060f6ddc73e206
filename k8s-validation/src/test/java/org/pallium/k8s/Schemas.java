package org.pallium.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.Quantity;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates rendered objects offline against the schemas of their API.
 *
 * <ul>
 *   <li>Kubernetes' own kinds against fabric8's typed model of the Kubernetes API (generated from
 *   Kubernetes' OpenAPI document, so a field's name, nesting and type are the API's), and Strimzi's
 *   kinds against Strimzi's own API model ({@code io.strimzi:api}, from which Strimzi generates its
 *   CRDs). An object is read into its model with no coercion of scalars (a string where the API wants an
 *   integer fails); any field the model does not know, at any depth, is an error (the models keep
 *   unknown fields aside instead of failing, so every object read is walked for them); and every
 *   resource quantity must parse.</li>
 *   <li>CloudNativePG's Cluster against a JSON Schema kept in this module
 *   ({@code schemas/postgresql.cnpg.io_v1_Cluster.json}): a subset of the operator's CRD schema,
 *   covering the fields k8s/ uses, with every other field refused. CloudNativePG's CRD is not on Maven
 *   Central; npm's {@code @kubernetes-models/cloudnative-pg} holds it only as compiled JavaScript
 *   validators for Node.js 22, which a build with only a JDK cannot run.</li>
 * </ul>
 *
 * A kind with no schema here is an error: everything rendered is validated.
 */
final class Schemas {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** apiVersion + " " + kind to the model class of that API version. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1 Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("v1 Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1 ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("apps/v1 Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class),
            Map.entry("policy/v1 PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class));

    /** apiVersion + " " + kind to a JSON Schema on the classpath. */
    static final Map<String, String> JSON_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1 Cluster", "/schemas/postgresql.cnpg.io_v1_Cluster.json");

    private static final String DNS_SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    private Schemas() {
    }

    /** The problems of one object; empty when it is valid. */
    static List<String> validate(JsonNode object) {
        String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        String name = object.path("metadata").path("name").asText("");
        if (name.length() > 253 || !name.matches(DNS_SUBDOMAIN)) {
            problems.add("metadata.name '" + name + "' is not a DNS subdomain name");
        }
        if (MODELS.containsKey(key)) {
            problems.addAll(validateAgainstModel(object, MODELS.get(key)));
        } else if (JSON_SCHEMAS.containsKey(key)) {
            problems.addAll(validateAgainstJsonSchema(object, JSON_SCHEMAS.get(key)));
        } else {
            problems.add("no schema for " + key);
        }
        return problems;
    }

    static List<String> validateAgainstModel(JsonNode object, Class<?> model) {
        Object typed;
        try {
            typed = STRICT.treeToValue(object, model);
        } catch (IOException | IllegalArgumentException e) {
            return List.of("does not match " + model.getName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        walk(typed, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        // What the model read must write back every value given: a value it could not represent (an enum's
        // unknown constant read as null, say) is lost on the way.
        // (apiVersion aside: the models write their newest version; which versions are accepted is MODELS' keys.)
        ObjectNode given = object.deepCopy();
        given.remove("apiVersion");
        lost(given, STRICT.valueToTree(typed), "", problems);
        return problems;
    }

    private static void lost(JsonNode given, JsonNode read, String path, List<String> problems) {
        if (given.isObject()) {
            given.fieldNames().forEachRemaining(f -> {
                if (read == null || !read.has(f)) {
                    // A model may leave out a default it holds (false, 0, empty) when writing; anything else is lost.
                    JsonNode value = given.get(f);
                    boolean isDefault = value.isNull() || (value.isBoolean() && !value.asBoolean())
                            || (value.isNumber() && value.asDouble() == 0) || (value.isContainerNode() && value.isEmpty());
                    if (!isDefault && problems.stream().noneMatch(p -> p.contains(f))) {
                        problems.add(path + "." + f + ": not kept by the model");
                    }
                } else {
                    lost(given.get(f), read.get(f), path + "." + f, problems);
                }
            });
        } else if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                lost(given.get(i), read != null && read.isArray() ? read.get(i) : null, path + "[" + i + "]", problems);
            }
        } else if (read == null || !(given.isNumber() && read.isNumber() ? given.decimalValue().compareTo(read.decimalValue()) == 0
                : given.asText().equals(read.asText()) && given.getNodeType() == read.getNodeType())) {
            problems.add(path + ": the value " + given + " is not one the model can hold (read as " + read + ")");
        }
    }

    private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", problems, seen);
            }
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        if (value instanceof Quantity q) {
            try {
                Quantity.getAmountInBytes(q);
            } catch (RuntimeException e) {
                problems.add(path + ": '" + q + "' is not a quantity");
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !isModel(getter.getDeclaringClass())) {
                continue;
            }
            String property = property(getter.getName());
            if (property == null) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a computed accessor, not a field of the API
            }
            if (property.equals("additionalProperties")) {
                if (child instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(k -> problems.add((path.isEmpty() ? "" : path.substring(1) + ".") + k
                            + ": no such field in " + value.getClass().getSimpleName()));
                }
                continue;
            }
            walk(child, path + "." + property, problems, seen);
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model.") || name.startsWith("io.strimzi.api.");
    }

    private static String property(String method) {
        if (method.startsWith("get") && method.length() > 3 && !method.equals("getClass")) {
            return Introspector.decapitalize(method.substring(3));
        }
        if (method.startsWith("is") && method.length() > 2) {
            return Introspector.decapitalize(method.substring(2));
        }
        return null;
    }

    static List<String> validateAgainstJsonSchema(JsonNode object, String resource) {
        JsonSchema schema;
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of("schema " + resource + " not found");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
