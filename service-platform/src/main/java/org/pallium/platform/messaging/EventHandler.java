package org.pallium.platform.messaging;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;

/**
 * What a service does with an event it consumes. {@link EventConsumer} calls it inside a
 * transaction that also records the event id, and never twice for one id: the handler applies
 * its effect and need not guard against redelivery itself. An exception rolls both back, and the
 * event is tried again.
 */
public interface EventHandler {

    /**
     * Whether this service acts on the event at all. One it does not act on, such as a referral
     * to another setting, costs no transaction and leaves no trace in the ledger.
     */
    default boolean actsOn(PalliumEvent event) {
        return true;
    }

    /**
     * Runs first in each of the consumer's transactions, before the ledger is read: where a service
     * must hold its consumption back while something else rewrites what the events built, such as
     * a rebuild of its read model, it waits here, holding nothing the other needs.
     */
    default void beforeApplying() {
    }

    /** Applies an event that {@link #actsOn(PalliumEvent)} accepted. */
    void handle(CloudEventAttributes attributes, PalliumEvent event);
}
