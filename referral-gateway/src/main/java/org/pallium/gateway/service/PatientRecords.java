package org.pallium.gateway.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.EventType;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.RecordFilter;
import org.pallium.gateway.repository.RecordPosition;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.TimelineEntry;

/**
 * A patient's records, each once as it stands after every event about it, read from the timeline:
 * what FHIR {@code Patient/$everything} shows.
 */
@ApplicationScoped
public class PatientRecords {

    public static final int MAX_PAGE = 500;

    /**
     * What a page is made from.
     *
     * @param bearing   the entries that bear the page's records, newest first, one more than asked
     *                  when more follow
     * @param about     every entry about the same source records, oldest first: the later events of
     *                  an appointment or a request, which make it what it is now
     * @param referrals the referrals the gateway holds among those the entries submitted
     */
    public record Page(Patient patient, List<TimelineEntry> bearing, List<TimelineEntry> about,
            Map<UUID, Referral> referrals) {
    }

    private final PatientRegistry patients;

    PatientRecords(PatientRegistry patients) {
        this.patients = patients;
    }

    /**
     * The entries bearing up to {@code count} records (and one more entry when more follow) from
     * {@code at}. Empty when Pallium does not know the patient, or the caller may not see them: the
     * two read alike. Either way the patient goes into the request's audit entry.
     */
    @Transactional
    public Optional<Page> page(UUID patientId, RecordFilter filter, Optional<RecordPosition> at, int count) {
        if (!patients.knownAndVisible(patientId)) {
            return Optional.empty();
        }
        Patient patient = patients.find(patientId).orElseThrow();
        List<TimelineEntry> bearing = TimelineEntry.bearingRecords(patientId, filter, at, count + 1);
        List<TimelineEntry> about = TimelineEntry.aboutRecords(patientId, bearing);
        Set<UUID> submitted = bearing.stream()
                .filter(entry -> entry.eventType.equals(EventType.REFERRAL_SUBMITTED.typeName()))
                .map(entry -> UUID.fromString(entry.payload.get("referralId").asText())).collect(Collectors.toSet());
        Map<UUID, Referral> referrals = submitted.isEmpty() ? Map.of()
                : Referral.<Referral>list("id in ?1", submitted).stream()
                        .collect(Collectors.toMap(referral -> referral.id, Function.identity()));
        return Optional.of(new Page(patient, bearing, about, referrals));
    }
}
