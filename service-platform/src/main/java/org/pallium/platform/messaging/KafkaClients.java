package org.pallium.platform.messaging;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka client settings that Pallium's delivery guarantees rest on. */
public final class KafkaClients {

    private KafkaClients() {
    }

    /**
     * An idempotent producer that waits for all in-sync replicas: the broker never keeps two
     * copies of one send, and an acknowledged record survives the loss of a broker. It gives up
     * quickly when Kafka is away, because the outbox keeps the rows until it is back.
     */
    public static KafkaProducer<String, byte[]> producer(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000"));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * How a group shares partitions: over all its topics, so that a service running more consumers
     * than a topic has partitions (a consumer per thread, in each replica) leaves none idle, where
     * Kafka's default shares each topic on its own and gives every topic's partitions to the same
     * first consumers. Moved a few at a time, not all revoked at each rebalance. The default comes
     * second, so that a group whose running members use it agrees with new ones in a rolling update.
     */
    private static final String ASSIGNORS = CooperativeStickyAssignor.class.getName() + ","
            + RangeAssignor.class.getName();

    /**
     * A consumer that commits only what was processed, reads only committed records, and starts
     * a new group at the beginning of the topic so that nothing published before it is missed.
     * A member that vanished without leaving the group (a crash, or a broker stopping at the
     * same moment) holds its partitions until its session ends; a short session bounds that stall
     * to seconds instead of the client default of 45.
     */
    public static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String groupId, String clientId) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200",
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000",
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000",
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, ASSIGNORS));
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
