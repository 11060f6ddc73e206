package org.pallium.homevisit.service;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.EsasR;
import org.pallium.homevisit.repository.EssentialFact;
import org.pallium.homevisit.repository.EssentialFactKind;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.ReceivedAssessment;
import org.pallium.homevisit.service.PatientEssentials.Reading;
import org.pallium.homevisit.service.PatientEssentials.Trend;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Puts together a patient's doorstep view: the home team's own records (home record, family,
 * allergies, open concerns, the last visit's plan, its assessments) and what other settings stated
 * ({@link EssentialFacts}). The latest ESAS-r and PPS are the newest by clinical time among every
 * setting's, the home team's included, however late each arrived.
 *
 * <p>The last visit's plan is shown to everyone who may see the patient, a home nurse too, whoever
 * made the visit: the nurse at the door continues what a colleague's visit left to do, which is
 * the point of the view, while the visit itself stays the colleague's.
 */
@ApplicationScoped
public class PatientEssentialsService {

    private static final Comparator<Reading<?>> NEWEST_FIRST =
            Comparator.comparing((Reading<?> reading) -> reading.assessedAt()).reversed();

    private final PatientAccess access;

    PatientEssentialsService(PatientAccess access) {
        this.access = access;
    }

    /**
     * The essentials of a patient the programme holds (admitted once, or with a home record).
     *
     * @throws ProblemException 404 when the patient is not the caller's to see, or the programme
     *                          holds no such patient
     */
    @Transactional
    public PatientEssentials of(UUID patientId) {
        if (!access.permits(patientId)) {
            throw unknown(patientId);
        }
        return assemble(patientId);
    }

    /**
     * The essentials of a patient the caller's scope selected already (the sync feed's query did),
     * without checking it again for each patient of a page.
     *
     * @throws ProblemException 404 when the programme holds no such patient
     */
    @Transactional
    public PatientEssentials assemble(UUID patientId) {
        HomePatient home = HomePatient.find(patientId).orElse(null);
        if (home == null && !HomeAdmission.anyOf(patientId)) {
            throw unknown(patientId);
        }
        Map<EssentialFactKind, EssentialFact> facts = new EnumMap<>(EssentialFactKind.class);
        EssentialFact.ofPatient(patientId).forEach(fact -> facts.put(fact.fact, fact));
        List<HomeAssessment> assessed = HomeAssessment.ofPatient(patientId);
        List<ReceivedAssessment> received = receivedApartFromHomeVisits(patientId, assessed);
        Trend<EsasR> esas = trend(Stream.concat(
                assessed.stream().filter(a -> a.esas != null)
                        .map(a -> new Reading<>(a.esas, CareSetting.HOME, a.assessedAt)),
                received.stream().filter(r -> r.esas != null)
                        .map(r -> new Reading<>(r.esas, r.setting, r.esasAssessedAt))));
        Trend<Integer> pps = trend(Stream.concat(
                assessed.stream().filter(a -> a.pps != null)
                        .map(a -> new Reading<>(a.pps, CareSetting.HOME, a.assessedAt)),
                received.stream().filter(r -> r.pps != null)
                        .map(r -> new Reading<>(r.pps, r.setting, r.ppsAssessedAt))));
        return new PatientEssentials(patientId, home, facts,
                FamilyContact.ofPatient(patientId), PatientConcern.openOf(patientId), esas, pps,
                HomeVisit.lastCompleted(patientId).orElse(null));
    }

    private static ProblemException unknown(UUID patientId) {
        return new ProblemException(404, "Unknown patient", "The home programme holds no patient " + patientId);
    }

    /**
     * The scores other settings published, and those of home visits that the home team has no
     * assessment of: a home visit's published scores are its assessment's, which counts once.
     */
    private static List<ReceivedAssessment> receivedApartFromHomeVisits(UUID patientId, List<HomeAssessment> assessed) {
        Set<UUID> assessedVisits = assessed.stream().map(a -> a.visitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ReceivedAssessment.ofPatient(patientId).stream()
                .filter(r -> r.setting != CareSetting.HOME || !assessedVisits.contains(r.sourceId))
                .toList();
    }

    /** The newest reading and the one before it; null when there is none. */
    private static <T> Trend<T> trend(Stream<Reading<T>> readings) {
        List<Reading<T>> newestFirst = readings.sorted(NEWEST_FIRST).limit(2).toList();
        return newestFirst.isEmpty() ? null
                : new Trend<>(newestFirst.getFirst(), newestFirst.size() > 1 ? newestFirst.get(1) : null);
    }
}
