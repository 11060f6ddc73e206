package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.Topic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What issue 9 asks of every deployment, asserted on both rendered overlays. */
class ManifestInvariantsTest {

    /** The ingress controller's namespace, which the NetworkPolicies admit. */
    private static final String INGRESS_CONTROLLER = "namespace:ingress-nginx";
    /** The least off-heap memory a service was measured to need over its heap (docs/operations.md, "Sizing"). */
    private static final long OFF_HEAP_MIB = 190;

    /** The repository of the images the POM builds unless a site's build names its own. */
    private static final String IMAGE_REPOSITORY = "pallium";
    /** Prometheus, which scrapes every service's /q/metrics. */
    private static final String MONITORING = "namespace:monitoring";
    /** Who may open a connection to each service: the gateway and the ingress controller, and the inpatient service to the gateway's patient registry. */
    private static final Map<String, Set<String>> ALLOWED_PEERS = Map.of(
            "referral-gateway", Set.of(INGRESS_CONTROLLER, "pod:inpatient-service", MONITORING),
            "inpatient-service", Set.of("pod:referral-gateway", MONITORING),
            "outpatient-service", Set.of("pod:referral-gateway", MONITORING),
            "home-visit-service", Set.of("pod:referral-gateway", INGRESS_CONTROLLER, MONITORING));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasItsProbesResourcesAndANonRootReadOnlyContext(String overlay) {
        List<JsonNode> deployments = Manifests.ofKind(Manifests.render(overlay), "Deployment");
        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText()).containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);

        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asLong()).as(name + " runAsUser").isPositive();
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).as(name + " mounts no API token").isFalse();
            assertThat(pod.path("containers")).as(name).isNotEmpty();
            for (JsonNode container : pod.path("containers")) {
                String where = name + "/" + container.path("name").asText();
                assertThat(container.at("/startupProbe/httpGet/path").asText()).as(where + " startupProbe").isEqualTo("/q/health/started");
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(where + " livenessProbe").isEqualTo("/q/health/live");
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(where + " readinessProbe").isEqualTo("/q/health/ready");
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(where + " " + probe + " port").isEqualTo("http");
                }
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(container.at("/resources/" + kind + "/" + resource).asText()).as(where + " " + kind + "." + resource).isNotBlank();
                    }
                }
                // A JVM does not give memory back: what it may use is what it asks for.
                assertThat(mib(container.at("/resources/requests/memory"))).as(where + " memory request = limit")
                        .isEqualTo(mib(container.at("/resources/limits/memory")));
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(where + " readOnlyRootFilesystem").isTrue();
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(where + " allowPrivilegeEscalation").isFalse();
                assertThat(container.at("/securityContext/capabilities/drop").toString()).as(where + " drops capabilities").contains("\"ALL\"");
                assertThat(mountPaths(container)).as(where + " has a writable /tmp").contains("/tmp");
                assertThat(imageTag(container.path("image").asText())).as(where + " image tag of " + container.path("image").asText())
                        .isNotBlank().isNotEqualTo("latest");

                long heap = maxHeapMib(container);
                assertThat(heap + OFF_HEAP_MIB).as(where + ": -Xmx%dm + %d MiB off-heap fits the memory limit", heap, OFF_HEAP_MIB)
                        .isLessThanOrEqualTo(mib(container.at("/resources/limits/memory")));
            }
            Set<String> writable = new TreeSet<>();
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("emptyDir")) {
                    writable.add(volume.path("name").asText());
                }
            }
            assertThat(writable).as(name + " /tmp is an emptyDir").contains("tmp");
        }
    }

    /**
     * The image each Deployment runs is the one {@code ./mvnw package -Pimage} builds for its service: the
     * POM's default repository, {@value #IMAGE_REPOSITORY}, and its release tag.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentRunsTheImageMavenBuildsForItsService(String overlay) {
        String releaseTag = System.getProperty("pallium.release.tag");
        assertThat(releaseTag).as("pallium.release.tag, passed by the POM").isNotBlank();

        for (JsonNode deployment : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            assertThat(deployment.at("/spec/template/spec/containers"))
                    .as(name + " runs its own image")
                    .extracting(container -> container.path("image").asText())
                    .containsExactly(IMAGE_REPOSITORY + "/" + name + ":" + releaseTag);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretHoldsDataAndCredentialsComeFromTheOperatorsSecrets(String overlay) {
        List<? extends JsonNode> objects = Manifests.render(overlay);

        for (JsonNode secret : Manifests.ofKind(objects, "Secret")) {
            assertThat(secret.has("data") || secret.has("stringData")).as(Kustomize.id(secret) + " holds data").isFalse();
        }
        for (JsonNode configMap : Manifests.ofKind(objects, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key ->
                    assertThat(key).as(Kustomize.id(configMap)).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret")
                            .doesNotContainIgnoringCase("token"));
        }
        Set<String> clusters = new TreeSet<>();
        Manifests.ofKind(objects, "Cluster").forEach(c -> clusters.add(c.at("/metadata/name").asText()));
        for (JsonNode deployment : Manifests.ofKind(objects, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                String var = env.path("name").asText();
                if (var.contains("PASSWORD") || var.contains("USERNAME") || var.contains("SECRET")) {
                    assertThat(env.has("value")).as(name + " " + var + " is a literal").isFalse();
                    String secret = env.at("/valueFrom/secretKeyRef/name").asText();
                    assertThat(secret).as(name + " " + var + " comes from a CloudNativePG <cluster>-app secret")
                            .endsWith("-app");
                    assertThat(clusters).contains(secret.substring(0, secret.length() - "-app".length()));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasItsOwnDatabaseAndTheContractsTopics(String overlay) {
        List<? extends JsonNode> objects = Manifests.render(overlay);

        Set<String> databases = new TreeSet<>();
        for (String service : Manifests.SERVICES) {
            String url = Manifests.named(objects, "ConfigMap", service).at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
            Matcher m = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)").matcher(url);
            assertThat(m.matches()).as(service + " JDBC URL " + url).isTrue();
            JsonNode cluster = Manifests.named(objects, "Cluster", m.group(1));
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).as(service + " database").isEqualTo(m.group(2));
            String secret = Manifests.named(objects, "Deployment", service).at("/spec/template/spec/containers/0/env").findValues("secretKeyRef")
                    .getFirst().path("name").asText();
            assertThat(secret).as(service + " credentials").isEqualTo(m.group(1) + "-app");
            databases.add(m.group(2));
        }
        assertThat(databases).as("a database per service").hasSize(Manifests.SERVICES.size());

        JsonNode kafka = Manifests.ofKind(objects, "Kafka").getFirst();
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/default.replication.factor").asInt()).isEqualTo(3);
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.has("zookeeper")).isFalse();
        int brokers = 0;
        for (JsonNode pool : Manifests.ofKind(objects, "KafkaNodePool")) {
            assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(kafka.at("/metadata/name").asText());
            if (pool.at("/spec/roles").toString().contains("\"broker\"")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
        }
        assertThat(brokers).as("brokers").isEqualTo(3);

        Map<String, JsonNode> topics = new TreeMap<>();
        Manifests.ofKind(objects, "KafkaTopic").forEach(t -> topics.put(t.at("/spec/topicName").asText(t.at("/metadata/name").asText()), t));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(Topic.values()).map(Topic::topicName).toList());
        topics.forEach((name, topic) -> {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).as(name).isEqualTo(kafka.at("/metadata/name").asText());
            assertThat(topic.at("/spec/partitions").asInt()).as(name + " partitions").isEqualTo(3);
            assertThat(topic.at("/spec/replicas").asInt()).as(name + " replicas").isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(name + " min.insync.replicas").isEqualTo(2);
            // The gateway's read model is rebuilt by replaying the topics: nothing may expire.
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(name + " retention.ms").isEqualTo(-1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayAndTheMobileApiAreExposedAndEachServiceAdmitsOnlyItsPeers(String overlay) {
        List<? extends JsonNode> objects = Manifests.render(overlay);

        Map<String, String> ingressBackends = new TreeMap<>();
        for (JsonNode ingress : Manifests.ofKind(objects, "Ingress")) {
            assertThat(ingress.at("/spec/tls")).as(Kustomize.id(ingress) + " TLS").isNotEmpty();
            assertThat(ingress.has("spec") && ingress.at("/spec/defaultBackend").isMissingNode()).isTrue();
            for (JsonNode backend : ingress.findValues("service")) {
                ingressBackends.put(ingress.at("/metadata/name").asText(), backend.path("name").asText());
            }
        }
        assertThat(ingressBackends).isEqualTo(Map.of("referral-gateway", "referral-gateway", "home-visit-api", "home-visit-service"));
        assertThat(Manifests.named(objects, "Ingress", "home-visit-api").findValues("path")).extracting(JsonNode::asText).containsExactly("/api");
        // The APIs and their documents, not the health checks nor the metrics, which stay in the cluster.
        assertThat(Manifests.named(objects, "Ingress", "referral-gateway").findValues("path")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("/api", "/fhir", "/q/openapi", "/q/swagger-ui");

        for (JsonNode service : Manifests.ofKind(objects, "Service")) {
            assertThat(service.at("/spec/type").asText("ClusterIP")).as(Kustomize.id(service) + " is internal").isEqualTo("ClusterIP");
        }

        for (String name : Manifests.SERVICES) {
            List<JsonNode> policies = Manifests.ofKind(objects, "NetworkPolicy").stream()
                    .filter(p -> name.equals(p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText())).toList();
            assertThat(policies).as(name + " has a NetworkPolicy").hasSize(1);
            JsonNode policy = policies.getFirst();
            assertThat(policy.at("/spec/policyTypes").toString()).contains("\"Ingress\"");
            Set<String> peers = new TreeSet<>();
            for (JsonNode rule : policy.at("/spec/ingress")) {
                assertThat(rule.path("from")).as(name + ": a rule without 'from' admits everyone").isNotEmpty();
                assertThat(rule.path("ports")).as(name + ": a rule without ports admits every port").isNotEmpty();
                for (JsonNode peer : rule.path("from")) {
                    assertThat(peer.has("ipBlock")).as(name + " admits an ipBlock").isFalse();
                    if (peer.has("namespaceSelector")) {
                        assertThat(peer.has("podSelector")).isFalse();
                        peers.add("namespace:" + peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
                    } else {
                        peers.add("pod:" + peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                    }
                }
            }
            assertThat(peers).as(name + " admits").isEqualTo(ALLOWED_PEERS.get(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void prodRunsSeveralReplicasSpreadAndProtectedAndDevOne(String overlay) {
        List<? extends JsonNode> objects = Manifests.render(overlay);

        for (String name : Manifests.SERVICES) {
            JsonNode deployment = Manifests.named(objects, "Deployment", name);
            int replicas = deployment.at("/spec/replicas").asInt();
            if (overlay.equals("dev")) {
                assertThat(replicas).as(name + " replicas").isEqualTo(1);
                continue;
            }
            assertThat(replicas).as(name + " replicas").isGreaterThanOrEqualTo(3);
            // Preferred: required anti-affinity would stall a surging rollout, or the HPA, on as many nodes as replicas.
            JsonNode antiAffinity = deployment.at("/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm");
            assertThat(antiAffinity.path("topologyKey").asText()).as(name + " anti-affinity").isEqualTo("kubernetes.io/hostname");
            assertThat(antiAffinity.at("/labelSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);

            JsonNode pdb = Manifests.named(objects, "PodDisruptionBudget", name);
            assertThat(pdb.at("/spec/selector/matchLabels")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
            assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1);

            JsonNode hpa = Manifests.named(objects, "HorizontalPodAutoscaler", name);
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(replicas);
            assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(replicas);
        }
        if (overlay.equals("prod")) {
            assertThat(Manifests.ofKind(objects, "Cluster")).allSatisfy(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(3));
        }
    }

    private static List<String> mountPaths(JsonNode container) {
        List<String> paths = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> paths.add(m.path("mountPath").asText()));
        return paths;
    }

    /** The tag of an image reference, or its digest; empty when it has neither. */
    static String imageTag(String image) {
        if (image.contains("@sha256:")) {
            return image.substring(image.indexOf('@') + 1);
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(last.indexOf(':') + 1) : "";
    }

    private static long maxHeapMib(JsonNode container) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                Matcher m = Pattern.compile("-Xmx(\\d+)([mMgG])").matcher(env.path("value").asText());
                assertThat(m.find()).as("JAVA_TOOL_OPTIONS sets -Xmx").isTrue();
                long n = Long.parseLong(m.group(1));
                return m.group(2).equalsIgnoreCase("g") ? n * 1024 : n;
            }
        }
        throw new AssertionError("no JAVA_TOOL_OPTIONS with -Xmx: the heap would follow the JVM's defaults, not the measured sizing");
    }

    private static long mib(JsonNode quantity) {
        BigDecimal bytes = Quantity.getAmountInBytes(new Quantity(quantity.asText()));
        return bytes.divide(BigDecimal.valueOf(1024 * 1024)).longValue();
    }
}
