package org.pallium.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact that one Pallium service publishes for the others and for analytics.
 *
 * <p>Every event concerns one patient, identified only by the Pallium patient id: that id is the
 * Kafka record key and the CloudEvents {@code subject}, so each patient's events stay in order.
 * {@link #occurredAt()} is the clinical time (when it happened to the patient), which may be long
 * before the event is published, for example for a visit documented offline.
 */
public sealed interface PalliumEvent permits ReferralEvent, VisitEvent, CareEvent {

    UUID patientId();

    Instant occurredAt();
}
