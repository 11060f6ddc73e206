package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where k8s/ is, and its renderings. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("referral-gateway", "inpatient-service", "outpatient-service", "home-visit-service");

    private Manifests() {
    }

    static Path root() {
        Path dir = Path.of(System.getProperty("pallium.k8s.dir", "../k8s")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("base"))) {
            throw new IllegalStateException("k8s/ not found at " + dir);
        }
        return dir;
    }

    static Path overlay(String name) {
        return root().resolve("overlays").resolve(name);
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomize.build(overlay(overlay));
    }

    static List<JsonNode> ofKind(List<? extends JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).map(JsonNode.class::cast).toList();
    }

    static JsonNode named(List<? extends JsonNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
