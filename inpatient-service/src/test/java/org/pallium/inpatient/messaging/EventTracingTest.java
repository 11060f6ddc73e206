package org.pallium.inpatient.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;

/**
 * A trace crosses the services in the events' Kafka headers: the events the hospital team's service
 * records while it handles a referral carry the trace of the referral event, so that the gateway's
 * request, the consult it opened and what the gateway makes of it read as one trace.
 */
@QuarkusTest
class EventTracingTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theEventsRecordedWhileHandlingAReferralContinueItsTrace() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpan = HexFormat.of().formatHex(randomBytes(8));
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.INPATIENT, UUID.randomUUID(), "Pain crisis");
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);

        kafka.publish(CloudEventAttributes.of(UUID.randomUUID(), GATEWAY, referral), referral,
                Map.of("traceparent", "00-" + traceId + "-" + parentSpan + "-01"));

        List<KafkaEvents.Received> published = kafka.read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralEvent event && !(event instanceof ReferralSubmitted)
                        && event.referralId().equals(referral.referralId()),
                found -> !found.isEmpty(), Duration.ofSeconds(60));

        assertThat(published).isNotEmpty();
        assertThat(published).allSatisfy(received -> assertThat(received.headers().get("traceparent"))
                .as("the trace of the referral event, under a span of the consumer's")
                .matches("00-" + traceId + "-[0-9a-f]{16}-0[01]").doesNotContain(parentSpan));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
