package org.pallium.platform.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Carries a trace from service to service through the events: an event recorded in the outbox takes
 * the current trace's context along in its Kafka headers (W3C {@code traceparent}), and a consumer
 * handles it in a span that continues that trace. A request to the gateway, the consult the
 * hospital team opens from it, and the timeline entry the gateway writes back then read as one
 * trace. The relay copies the outbox row's headers as they are.
 */
@ApplicationScoped
public class EventTracing {

    private static final TextMapGetter<ConsumerRecord<?, ?>> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), UTF_8);
        }
    };

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    EventTracing(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("org.pallium.platform.messaging");
    }

    /** The current trace's context as headers for an event about to be recorded; none outside a trace. */
    public Map<String, String> currentContext() {
        Map<String, String> headers = new LinkedHashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        return headers;
    }

    /** Runs {@code handling} in a consumer span that continues the trace the record carries, if any. */
    void handle(ConsumerRecord<?, ?> record, Runnable handling) {
        Context sent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), record, KAFKA_HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER).setParent(sent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            handling.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
