package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.Urgency;

/**
 * What an operator watches in /q/metrics (Prometheus' format): the requests by endpoint, the
 * outbox's backlog and the age of its oldest row, the consumer's lag and how long an event takes
 * from its publication to its effect. None of it names a patient.
 */
@QuarkusTest
class ServiceMetricsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theMetricsTellRequestsTheOutboxAndConsumptionAndNameNoPatient() {
        ConsultTestSupport.Consult consult = new ConsultTestSupport(bootstrapServers).accepted(Urgency.ROUTINE, Duration.ZERO);

        // The acceptance was published: the outbox empties, and its oldest row's age reads 0 again.
        String metrics = await().atMost(ConsultTestSupport.PATIENCE).until(ServiceMetricsTest::metrics,
                text -> value(text, "pallium_outbox_backlog_rows") == 0
                        && value(text, "pallium_outbox_oldest_unpublished_age_seconds") == 0);

        assertThat(value(metrics, "pallium_events_processing_seconds_count\\{topic=\"pallium.referral-events\"\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*"
                + "uri=\"/api/referrals/\\{referralId\\}/acceptance\"[^}]*\\}");
        assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/referrals/\\{referralId\\}/acceptance\"");
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(metrics).doesNotContain(consult.patientId().toString()).doesNotContain(consult.referralId().toString())
                .doesNotContain(consult.id());
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample whose name (and labels) match {@code sample}; -1 when there is none. */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + sample + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : -1;
    }
}
