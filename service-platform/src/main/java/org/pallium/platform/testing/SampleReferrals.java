package org.pallium.platform.testing;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.pallium.events.Address;
import org.pallium.events.AdministrativeSex;
import org.pallium.events.AttachmentReference;
import org.pallium.events.CareSetting;
import org.pallium.events.Coding;
import org.pallium.events.Coverage;
import org.pallium.events.CoverageType;
import org.pallium.events.Diagnosis;
import org.pallium.events.PatientDetails;
import org.pallium.events.PatientIdentifier;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;

/** Referrals as the gateway hands them to a setting, for the care services' tests. */
public final class SampleReferrals {

    private SampleReferrals() {
    }

    /**
     * A complete referral of a new adult patient with an address, submitted a day ago: the visits
     * the tests record in the hours before now come after it, as visits do.
     */
    public static ReferralSubmitted submitted(CareSetting setting, UUID patientId, String reason) {
        PatientDetails patient = new PatientDetails(
                new PatientIdentifier("urn:oid:2.16.840.1.113883.19.5", "MRN-" + UUID.randomUUID()),
                "Test Patient", LocalDate.of(1948, 5, 17), AdministrativeSex.FEMALE, "+1 555 0100", "en",
                new Address(List.of("12 Elm Street"), "Springfield", "IL", "62701", null), null);
        Diagnosis diagnosis = new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C34.90", null),
                "Metastatic lung cancer", LocalDate.of(2026, 8, 1), true);
        return new ReferralSubmitted(UUID.randomUUID(), patientId, setting, patient, diagnosis, reason,
                List.of("pain", "breathlessness"), Urgency.URGENT, "Comfort at home",
                new Referrer("Dr. Referrer", "Springfield General Hospital"),
                new Coverage(CoverageType.MEDICARE, null, null),
                List.of(new AttachmentReference(URI.create("https://ehr.example.org/DocumentReference/1"),
                        "application/pdf", null)),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS));
    }
}
