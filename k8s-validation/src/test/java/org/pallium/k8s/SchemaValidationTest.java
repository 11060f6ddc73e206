package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rendered object of both overlays is valid against its API's schema; and the validation does catch mistakes. */
class SchemaValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectIsValidAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.render(overlay)) {
            Schemas.validate(object).forEach(p -> problems.add(Kustomize.id(object) + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMisspelledFieldDeepInADeploymentIsFound() {
        ObjectNode deployment = deployment();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).set("livenessprobe", deployment.at("/spec/template/spec/containers/0/livenessProbe"));

        assertThat(Schemas.validate(deployment)).singleElement().asString()
                .contains("livenessprobe").contains("no such field in Container");
    }

    @Test
    void aStringWhereTheApiWantsAnIntegerIsFound() {
        ObjectNode deployment = deployment();
        ((ObjectNode) deployment.get("spec")).put("replicas", "3");

        assertThat(Schemas.validate(deployment)).singleElement().asString().contains("does not match");
    }

    @Test
    void aQuantityThatDoesNotParseIsFound() {
        ObjectNode deployment = deployment();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/resources/limits")).put("memory", "1 GB");

        assertThat(Schemas.validate(deployment)).singleElement().asString().contains("is not a quantity");
    }

    @Test
    void anUnknownFieldOrAWrongEnumInAStrimziResourceIsFound() {
        ObjectNode kafka = named("prod", "Kafka", "pallium-kafka");
        ((ObjectNode) kafka.get("spec")).put("brokers", 3);
        assertThat(Schemas.validate(kafka)).singleElement().asString().contains("brokers").contains("no such field");

        ObjectNode pool = named("prod", "KafkaNodePool", "dual-role");
        ((com.fasterxml.jackson.databind.node.ArrayNode) pool.at("/spec/roles")).add("zookeeper");
        assertThat(Schemas.validate(pool)).singleElement().asString().contains("roles[2]").contains("\"zookeeper\" is not one");
    }

    @Test
    void aCloudNativePgClusterOutsideItsSchemaIsFound() {
        ObjectNode cluster = named("prod", "Cluster", "gateway-db");
        ((ObjectNode) cluster.at("/spec/postgresql/parameters")).put("max_connections", 200);
        ((ObjectNode) cluster.get("spec")).put("instance", 3);
        ((ObjectNode) cluster.get("spec")).put("primaryUpdateStrategy", "automatic");

        assertThat(Schemas.validate(cluster)).hasSize(3).anySatisfy(p -> assertThat(p).contains("max_connections"))
                .anySatisfy(p -> assertThat(p).contains("instance")).anySatisfy(p -> assertThat(p).contains("primaryUpdateStrategy"));
    }

    @Test
    void aKindWithoutASchemaIsAnErrorNotASkip() {
        ObjectNode job = (ObjectNode) Kustomize.parse("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\n", "test").getFirst();

        assertThat(Schemas.validate(job)).containsExactly("no schema for batch/v1 CronJob");
    }

    @Test
    void aNameThatIsNoDnsNameIsFound() {
        ObjectNode deployment = deployment();
        ((ObjectNode) deployment.get("metadata")).put("name", "Referral_Gateway");

        assertThat(Schemas.validate(deployment)).singleElement().asString().contains("not a DNS subdomain name");
    }

    private static ObjectNode deployment() {
        return named("prod", "Deployment", "referral-gateway");
    }

    private static ObjectNode named(String overlay, String kind, String name) {
        JsonNode object = Manifests.named(Manifests.render(overlay), kind, name);
        ObjectNode copy = object.deepCopy();
        assertThat(Schemas.validate(copy)).isEmpty();
        return copy;
    }
}
