package org.pallium.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.gateway.rest.TimelinePage;

class TimelineEntryJsonTest {

    private static final ObjectMapper WRITTEN_HERE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Jackson's own way, from the record, as the gateway wrote entries before. */
    private static final ObjectMapper FROM_THE_RECORD = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Object findSerializer(Annotated annotated) {
                    return annotated.getRawType() == TimelinePage.Entry.class ? null : super.findSerializer(annotated);
                }
            }).build();

    @Test
    void anEntryIsWrittenAsJacksonWritesTheRecord() throws JsonProcessingException {
        TimelinePage.Entry entry = new TimelinePage.Entry(UUID.randomUUID(), Instant.parse("2026-03-01T08:00:00Z"),
                CareSetting.HOME, "HH", "org.pallium.visit.completed.v2", "Home visit \"urgent\" — pain 7 → 3\n",
                "Nurse Ann Ward", Discipline.NURSE, "https://home.example/api/visits/1?a=b&c=\\d");

        assertThat(WRITTEN_HERE.writeValueAsString(entry)).isEqualTo(FROM_THE_RECORD.writeValueAsString(entry))
                .contains("\"occurredAt\":\"2026-03-01T08:00:00Z\"", "\\\"urgent\\\"", "\\n");
    }

    @Test
    void absentFieldsAreLeftOut() throws JsonProcessingException {
        TimelinePage.Entry entry = new TimelinePage.Entry(UUID.randomUUID(), Instant.EPOCH, CareSetting.INPATIENT, null,
                "org.pallium.referral.received.v1", "Referral received", null, null, null);

        assertThat(WRITTEN_HERE.writeValueAsString(entry)).isEqualTo(FROM_THE_RECORD.writeValueAsString(entry))
                .doesNotContain("encounterClass", "who", "discipline", "link", "null");
    }

    @Test
    void everyInstantIsWrittenAsJacksonWritesIt() throws JsonProcessingException {
        Random random = new Random(20261122);
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("2024-02-29T12:00:00.100Z"),
                Instant.parse("2026-11-22T09:30:00.000001Z"), Instant.parse("2026-11-22T09:30:00.000000001Z")));
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 254_000_000_000L));
            instants.add(switch (i % 4) {
                case 0 -> at;
                case 1 -> at.plusMillis(random.nextInt(1000));
                case 2 -> at.plusNanos(random.nextInt(1_000_000) * 1_000L);
                default -> at.plusNanos(random.nextInt(1_000_000_000));
            });
        }

        for (Instant at : instants) {
            TimelinePage.Entry entry = new TimelinePage.Entry(null, at, null, null, null, null, null, null, null);
            assertThat(WRITTEN_HERE.writeValueAsString(entry)).as(at.toString())
                    .isEqualTo(FROM_THE_RECORD.writeValueAsString(entry)).isEqualTo("{\"occurredAt\":\"" + at + "\"}");
        }
    }
}
