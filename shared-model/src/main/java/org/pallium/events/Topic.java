package org.pallium.events;

/** The Kafka topics of the contract. Every record on them is keyed by the Pallium patient id. */
public enum Topic {
    REFERRAL_EVENTS("pallium.referral-events"),
    VISIT_EVENTS("pallium.visit-events"),
    CARE_EVENTS("pallium.care-events");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
