package org.pallium.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** The gateway consumes with a consumer per configured thread, which share the partitions as replicas do. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
class ConsumerThreadsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "pallium.events.consumer.group-id")
    String consumerGroup;

    @ConfigProperty(name = "pallium.events.consumer.topics")
    List<String> consumerTopics;

    @ConfigProperty(name = "pallium.events.consumer.threads")
    int consumerThreads;

    @Test
    void eachConsumerOfTheGatewayHasPartitionsOfItsOwnAndTogetherTheyHaveThemAll() {
        assertThat(consumerThreads).as("the gateway's configuration").isGreaterThan(1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<MemberDescription> consumers = admin.describeConsumerGroups(List.of(consumerGroup))
                        .describedGroups().get(consumerGroup).get().members().stream()
                        .filter(member -> member.clientId().startsWith(consumerGroup + "/pallium/referral-gateway-"))
                        .toList();
                assertThat(consumers).as("a consumer per thread").hasSize(consumerThreads);
                assertThat(consumers).as("each with partitions of its own")
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
                List<TopicPartition> assigned = consumers.stream()
                        .flatMap(member -> member.assignment().topicPartitions().stream()).toList();
                assertThat(assigned).as("every partition of the topics, each to one consumer")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(partitionsOf(admin));
            });
        }
    }

    private Set<TopicPartition> partitionsOf(Admin admin) throws Exception {
        return admin.describeTopics(consumerTopics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(partition -> new TopicPartition(topic.name(),
                        partition.partition())))
                .collect(Collectors.toSet());
    }
}
