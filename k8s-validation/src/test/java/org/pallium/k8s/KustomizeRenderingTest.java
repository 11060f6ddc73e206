package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both overlays render; the renderer's output is kubectl's, where a kubectl is installed; and it refuses what it does not know. */
class KustomizeRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void anOverlayRendersEveryServiceKafkaAndPostgres(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);

        Map<String, Long> kinds = new TreeMap<>();
        objects.forEach(o -> kinds.merge(o.path("kind").asText(), 1L, Long::sum));
        assertThat(kinds).containsEntry("Deployment", 4L).containsEntry("Service", 4L).containsEntry("ConfigMap", 4L)
                .containsEntry("NetworkPolicy", 4L).containsEntry("Ingress", 2L).containsEntry("Kafka", 1L)
                .containsEntry("KafkaNodePool", 1L).containsEntry("KafkaTopic", 3L).containsEntry("Cluster", 4L);
        if (overlay.equals("prod")) {
            assertThat(kinds).containsEntry("PodDisruptionBudget", 4L).containsEntry("HorizontalPodAutoscaler", 4L);
        } else {
            assertThat(kinds).doesNotContainKeys("PodDisruptionBudget", "HorizontalPodAutoscaler");
        }
        assertThat(objects).allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText()).isEqualTo("pallium"));
    }

    /**
     * The proof that the manifests are standard kustomize and that this renderer reads them as kustomize
     * does: where a kubectl is installed (on the PATH, or KUBECTL), its {@code kubectl kustomize} output
     * must equal ours, object for object. Without one the test is skipped, and says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void rendersWhatKubectlKustomizeRenders(String dir) throws Exception {
        Optional<Path> kubectl = kubectl();
        assumeTrue(kubectl.isPresent(), "no kubectl on the PATH: compared with kustomize only where one is installed");
        Path path = Manifests.root().resolve(dir);

        Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", path.toString())
                .redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", dir, err).isZero();

        Map<String, JsonNode> theirs = Kustomize.byId(Kustomize.parse(out, "kubectl kustomize " + dir));
        Map<String, JsonNode> ours = Kustomize.byId(Kustomize.build(path));
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        ours.forEach((id, object) -> assertThat(object).as(id).isEqualTo(theirs.get(id)));
    }

    @Test
    void aKustomizeFieldItDoesNotImplementIsRefusedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: []
                commonLabels:
                  team: palliative
                """);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("'commonLabels' is not supported");
    }

    @Test
    void aStrategicMergePatchIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - path: patch.yaml
                    target: {kind: ConfigMap, name: a}
                """);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("only JSON 6902 patches");
    }

    @Test
    void aPatchThatMatchesNothingIsAMistake(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - patch: '[{"op": "add", "path": "/data", "value": {}}]'
                    target: {kind: ConfigMap, name: b}
                """);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("matches no object");
    }

    @Test
    void namespaceReplicasAndPatchesApplyAsKustomizeAppliesThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web-1
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: c
                          env:
                            - {name: A, value: "1"}
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: other
                """);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                namespace: ns
                resources: [d.yaml]
                replicas:
                  - {name: web-1, count: 5}
                patches:
                  - target: {group: apps, version: v1, kind: Deployment, name: "web-[0-9]"}
                    patch: |-
                      - {op: test, path: /spec/template/spec/containers/0/env/0/name, value: A}
                      - {op: replace, path: /spec/template/spec/containers/0/env/0/value, value: "2"}
                      - {op: add, path: /spec/template/spec/containers/0/env/-, value: {name: B, value: "3"}}
                      - {op: add, path: /metadata/labels, value: {a~b/c: d}}
                      - {op: remove, path: /spec/template/spec/containers/0/env/1}
                """);

        List<ObjectNode> objects = Kustomize.build(dir);

        JsonNode deployment = Manifests.named(objects, "Deployment", "web-1");
        assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("ns");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat((ArrayNode) deployment.at("/spec/template/spec/containers/0/env")).hasSize(1);
        assertThat(deployment.at("/spec/template/spec/containers/0/env/0/value").asText()).isEqualTo("2");
        assertThat(deployment.at("/metadata/labels").has("a~b/c")).isTrue();
        // kustomize renames a Namespace object to the kustomization's namespace, and sets no namespace on it.
        assertThat(Manifests.named(objects, "Namespace", "ns").at("/metadata/namespace").isMissingNode()).isTrue();
    }

    @Test
    void aFailedTestOperationStopsThePatch(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - patch: '[{"op": "test", "path": "/data/k", "value": "w"}]'
                    target: {kind: ConfigMap}
                """);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("the test failed");
    }

    private static Optional<Path> kubectl() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(p -> Path.of(p, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
