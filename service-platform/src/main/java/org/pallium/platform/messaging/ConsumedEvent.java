package org.pallium.platform.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.EventType;
import org.pallium.events.PalliumEvent;

/**
 * A Kafka record read as a Pallium event: its CloudEvents attributes from the headers and its data
 * as the type's record. Read alike by the live consumer and by whatever replays a topic, so both
 * skip the same records.
 */
public record ConsumedEvent(ConsumerRecord<String, byte[]> record, CloudEventAttributes attributes, PalliumEvent event) {

    private static final Logger LOG = Logger.getLogger(ConsumedEvent.class);

    /**
     * The record's event; empty for one of a type this service does not know, and for one that can
     * never be read (not a CloudEvent, or data that breaks its schema), which is logged by position.
     */
    public static Optional<ConsumedEvent> read(ConsumerRecord<String, byte[]> record, ObjectMapper json) {
        try {
            CloudEventAttributes attributes = CloudEventAttributes.fromKafkaHeaders(name -> header(record, name));
            Optional<EventType> type = EventType.ofTypeName(attributes.type());
            if (type.isEmpty()) {
                LOG.debugf("Skipping event %s of a type this service does not know", attributes.id());
                return Optional.empty();
            }
            return Optional.of(new ConsumedEvent(record, attributes, json.readValue(record.value(), type.get().dataClass())));
        } catch (IllegalArgumentException | IOException e) {
            LOG.warnf("Skipping unreadable event at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
