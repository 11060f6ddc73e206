package org.pallium.events;

import static org.pallium.events.Require.present;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CloudEvents 1.0 context attributes of a Pallium event, and their Kafka protocol binding in
 * binary content mode: each attribute is a {@code ce_}-prefixed header, the data is the record
 * value as JSON, and {@code content-type} carries {@code datacontenttype}.
 *
 * <p>Conventions: {@code source} names the publishing service ({@code /pallium/<service>}),
 * {@code subject} is the Pallium patient id (also the record key), {@code time} is the clinical
 * time of {@link PalliumEvent#occurredAt()}, and {@code dataschema} is the schema's URN.
 */
public record CloudEventAttributes(
        UUID id,
        URI source,
        String type,
        String subject,
        Instant time,
        URI dataschema,
        String datacontenttype) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_DATA_SCHEMA = "ce_dataschema";
    public static final String HEADER_CONTENT_TYPE = "content-type";

    public CloudEventAttributes {
        present(id, "id");
        present(source, "source");
        present(type, "type");
        present(subject, "subject");
        present(time, "time");
        present(dataschema, "dataschema");
        present(datacontenttype, "datacontenttype");
    }

    /** The attributes of a new event with the given id, published by {@code source}. */
    public static CloudEventAttributes of(UUID id, URI source, PalliumEvent event) {
        EventType type = EventType.of(event);
        return new CloudEventAttributes(id, source, type.typeName(), event.patientId().toString(),
                event.occurredAt(), type.dataSchema(), JSON);
    }

    /** The Kafka headers of binary content mode, in a stable order. */
    public Map<String, String> toKafkaHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER_SPEC_VERSION, SPEC_VERSION);
        headers.put(HEADER_ID, id.toString());
        headers.put(HEADER_SOURCE, source.toString());
        headers.put(HEADER_TYPE, type);
        headers.put(HEADER_SUBJECT, subject);
        headers.put(HEADER_TIME, time.toString());
        headers.put(HEADER_DATA_SCHEMA, dataschema.toString());
        headers.put(HEADER_CONTENT_TYPE, datacontenttype);
        return headers;
    }

    /**
     * Reads the attributes back from Kafka headers.
     *
     * @throws IllegalArgumentException when a required attribute is missing or malformed, or the
     *                                  spec version is not 1.0
     */
    public static CloudEventAttributes fromKafkaHeaders(Function<String, String> header) {
        String specVersion = header.apply(HEADER_SPEC_VERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new IllegalArgumentException("unsupported CloudEvents specversion: " + specVersion);
        }
        try {
            return new CloudEventAttributes(
                    UUID.fromString(present(header.apply(HEADER_ID), HEADER_ID)),
                    URI.create(present(header.apply(HEADER_SOURCE), HEADER_SOURCE)),
                    header.apply(HEADER_TYPE),
                    header.apply(HEADER_SUBJECT),
                    Instant.parse(present(header.apply(HEADER_TIME), HEADER_TIME)),
                    URI.create(present(header.apply(HEADER_DATA_SCHEMA), HEADER_DATA_SCHEMA)),
                    header.apply(HEADER_CONTENT_TYPE));
        } catch (NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed CloudEvents headers: " + e.getMessage(), e);
        }
    }
}
