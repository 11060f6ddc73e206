package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.Objects;

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

    /** {@code latitude} and {@code longitude} null: a video visit's check-in, where no position is asked for. */
    public EvvPosition(Instant at, Double latitude, Double longitude, Integer accuracyM, Integer distanceM) {
        this.at = at;
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyM = accuracyM;
        this.distanceM = distanceM;
    }

    /** Whether this is the check-in or check-out given again: the same moment at the same position. */
    public boolean sameAs(Instant at, Double latitude, Double longitude, Integer accuracyM) {
        return this.at.equals(at) && Objects.equals(this.latitude, latitude) && Objects.equals(this.longitude, longitude)
                && Objects.equals(this.accuracyM, accuracyM);
    }
}
