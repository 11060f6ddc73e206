package org.pallium.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LocalKafkaClusterIdTest {

    /** A leading '-' made the storage tool read the id as an option, failing one format in 64. */
    @Test
    void aClusterIdNeverLooksLikeAnOption() {
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> LocalKafka.clusterId()))
                .allSatisfy(id -> assertThat(id).hasSize(22).doesNotStartWith("-"));
    }
}
