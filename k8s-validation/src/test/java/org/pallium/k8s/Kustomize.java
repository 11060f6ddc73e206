package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A renderer of exactly the kustomize features that k8s/ uses, so that {@code ./mvnw verify} renders the
 * overlays on a machine with nothing but a JDK (no kustomize or kubectl binary is published to Maven
 * Central). The manifests stay standard kustomize: {@code kubectl kustomize k8s/overlays/prod} renders
 * them, and {@link KustomizeRenderingTest} checks that this renderer's output equals kubectl's wherever a
 * kubectl is installed.
 *
 * <p>Supported, in kustomize's order of application: {@code resources} (files, with several documents
 * each, and directories holding a kustomization), {@code patches} given as RFC 6902 JSON patches (ops
 * add, remove, replace, test) with a {@code target} of group, version, kind and name (a regular expression,
 * anchored, as kustomize reads it), {@code namespace}, and {@code replicas}. Anything else in a
 * kustomization (generators, labels, images, strategic-merge patches, components, ...) is refused with
 * its name, never silently ignored: a manifest using it must first be taught here.
 */
public final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "replicas");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    // kustomize's replicas field changes spec.replicas of these kinds only.
    private static final Set<String> SCALABLE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir}, as {@code kubectl kustomize dir} does (objects in document order). */
    public static List<ObjectNode> build(Path dir) {
        Path file = kustomizationFile(dir);
        ObjectNode k = (ObjectNode) readDocuments(file).getFirst();
        for (Iterator<String> names = k.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(file + ": the kustomize field '" + field + "' is not supported by this renderer");
            }
        }
        if (!"Kustomization".equals(k.path("kind").asText("Kustomization"))) {
            throw new IllegalArgumentException(file + ": not a Kustomization");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path resource = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                objects.addAll(build(resource));
            } else {
                for (JsonNode doc : readDocuments(resource)) {
                    if (!doc.isObject()) {
                        throw new IllegalArgumentException(resource + ": a document that is not an object");
                    }
                    objects.add((ObjectNode) doc);
                }
            }
        }
        checkUnique(objects, dir);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, objects);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if ("Namespace".equals(o.path("kind").asText())) {
                    metadata(o).put("name", namespace); // as kustomize does: the Namespace becomes the one named
                } else if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    metadata(o).put("namespace", namespace);
                }
            }
        }
        for (JsonNode r : k.path("replicas")) {
            String name = r.path("name").asText();
            for (ObjectNode o : objects) {
                if (SCALABLE.contains(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText())) {
                    ((ObjectNode) o.with("spec")).put("replicas", r.path("count").asInt());
                }
            }
        }
        return objects;
    }

    private static void applyPatch(Path dir, JsonNode entry, List<ObjectNode> objects) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!Set.of("path", "patch", "target").contains(field)) {
                throw new IllegalArgumentException(dir + ": patch field '" + field + "' is not supported by this renderer");
            }
        }
        JsonNode ops;
        if (entry.has("path")) {
            List<JsonNode> docs = readDocuments(dir.resolve(entry.get("path").asText()));
            ops = docs.isEmpty() ? null : docs.getFirst();
        } else {
            ops = parse(entry.path("patch").asText(), dir + " (inline patch)").stream().findFirst().orElse(null);
        }
        if (ops == null || !ops.isArray()) {
            throw new IllegalArgumentException(dir + ": only JSON 6902 patches (a list of operations) are supported by this renderer");
        }
        JsonNode target = entry.path("target");
        if (target.isMissingNode()) {
            throw new IllegalArgumentException(dir + ": a JSON 6902 patch needs a target");
        }
        for (Iterator<String> names = target.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!Set.of("group", "version", "kind", "name").contains(field)) {
                throw new IllegalArgumentException(dir + ": patch target field '" + field + "' is not supported by this renderer");
            }
        }
        int matched = 0;
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode o = objects.get(i);
            if (matches(target, o)) {
                objects.set(i, JsonPatch.apply(o, (ArrayNode) ops));
                matched++;
            }
        }
        if (matched == 0) {
            // kustomize accepts a patch that matches nothing; a patch here that does is surely a mistake.
            throw new IllegalArgumentException(dir + ": the patch for " + target + " matches no object");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode o) {
        String apiVersion = o.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return (!target.has("group") || target.get("group").asText().equals(group))
                && (!target.has("version") || target.get("version").asText().equals(version))
                && (!target.has("kind") || target.get("kind").asText().equals(o.path("kind").asText()))
                && (!target.has("name") || o.path("metadata").path("name").asText().matches(target.get("name").asText()));
    }

    private static void checkUnique(List<ObjectNode> objects, Path dir) {
        Set<String> ids = new LinkedHashSet<>();
        for (ObjectNode o : objects) {
            if (!ids.add(id(o))) {
                throw new IllegalArgumentException(dir + ": " + id(o) + " is defined twice");
            }
        }
    }

    /** kind/namespace/name, the identity kustomize keeps objects by. */
    public static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("namespace").asText("") + "/"
                + o.path("metadata").path("name").asText();
    }

    private static ObjectNode metadata(ObjectNode o) {
        return (ObjectNode) o.with("metadata");
    }

    private static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalArgumentException(dir + ": no kustomization.yaml");
    }

    static List<JsonNode> readDocuments(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml, String origin) {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            for (Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": not YAML: " + e.getMessage(), e);
        }
    }

    /** Objects by {@link #id}, for comparing renderings regardless of their order. */
    public static Map<String, JsonNode> byId(List<? extends JsonNode> objects) {
        var map = new java.util.TreeMap<String, JsonNode>();
        objects.forEach(o -> map.put(id(o), o));
        return map;
    }
}
