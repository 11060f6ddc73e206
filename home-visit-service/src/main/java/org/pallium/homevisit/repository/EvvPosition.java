package org.pallium.homevisit.repository;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * Where and when a clinician checked in or out, as their phone measured it, and how far that was
 * from the patient's address ({@code distanceM} null when the address has no coordinates). PHI: it
 * is where the patient is.
 */
@Embeddable
public class EvvPosition {

    public Instant at;
    public Double latitude;
    public Double longitude;
    /** The phone's own estimate of its error, in metres. */
    public Integer accuracyM;
    public Integer distanceM;

    /** For Hibernate. */
    protected EvvPosition() {
    }

    public EvvPosition(Instant at, double latitude, double longitude, Integer accuracyM, Integer distanceM) {
        this.at = at;
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyM = accuracyM;
        this.distanceM = distanceM;
    }
}
