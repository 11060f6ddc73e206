package org.pallium.platform.testing;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.TransitionOutcome;

/** Transitions as the hospital team publishes them at a discharge, for the receiving settings' tests. */
public final class SampleTransitions {

    /** The CloudEvents source of the hospital team's events. */
    public static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");

    private SampleTransitions() {
    }

    /**
     * A discharge from hospital to {@code outcome}'s setting, continuing under {@code onwardReferralId},
     * with a complete handover: ESAS-r, PPS, code status, goals of care, healthcare agent and advance
     * directive, all assessed in the days before the discharge.
     */
    public static PatientTransitioned discharged(UUID patientId, TransitionOutcome outcome, UUID onwardReferralId,
            CodeStatus codeStatus) {
        Instant dischargedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EsasR esas = new EsasR(6, 7, 3, 2, 5, 4, 3, 5, 6, 4, "Constipation", EsasCompletedBy.PATIENT);
        Handover handover = new Handover(esas, dischargedAt.minus(1, ChronoUnit.DAYS), 40,
                dischargedAt.minus(2, ChronoUnit.DAYS), codeStatus, "To be at home with her grandchildren",
                "No readmission for intravenous antibiotics; oral antibiotics at home",
                new HealthcareAgent("Ruth Test", "daughter", "+1 555 0101"),
                "POLST signed 2026-09-14, scanned to the chart");
        return new PatientTransitioned(UUID.randomUUID(), UUID.randomUUID(), patientId, CareSetting.INPATIENT, outcome,
                onwardReferralId, handover, "Dr. Balfour Mount", dischargedAt);
    }
}
