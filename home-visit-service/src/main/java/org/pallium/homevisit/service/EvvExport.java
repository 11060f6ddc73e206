package org.pallium.homevisit.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.EvvPosition;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;

/**
 * The EVV export a home health agency submits to its state's aggregator: one record per in-person
 * visit begun on a day, by the agency's staff. Visits by video are left out, since EVV applies to
 * visits in person; missed and cancelled visits too, since no service was given. A visit still in
 * progress is reported without its end, as an exception, so that the agency sees it.
 *
 * <p>Exception codes: each EVV flag as {@code <STAGE>_<KIND>} (for example
 * {@code CHECK_IN_LOCATION_FAR_FROM_ADDRESS}); {@code SERVICE_TYPE_MISSING} when the visit's
 * discipline has no service type configured; {@code CHECK_IN_MISSING} for a visit documented
 * afterwards without a check-in; {@code CHECK_OUT_MISSING} for one without a check-out.
 */
@ApplicationScoped
public class EvvExport {

    private final HomeProgrammeConfig config;

    EvvExport(HomeProgrammeConfig config) {
        this.config = config;
    }

    /** The records of the agency's in-person visits begun on {@code date}, the earliest first. */
    @Transactional
    public List<EvvRecord> of(LocalDate date, String agency) {
        ZoneId zone = config.timeZone();
        List<HomeVisit> visits = HomeVisit.inPersonOfAgency(agency, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        List<UUID> admissionIds = visits.stream().map(visit -> visit.admissionId).distinct().toList();
        Map<UUID, HomeAdmission> admissions = admissionIds.isEmpty() ? Map.of()
                : HomeAdmission.<HomeAdmission>list("id in ?1", admissionIds).stream()
                        .collect(Collectors.toMap(admission -> admission.id, Function.identity()));
        return visits.stream().map(visit -> record(visit, admissions.get(visit.admissionId), zone)).toList();
    }

    private static EvvRecord record(HomeVisit visit, HomeAdmission admission, ZoneId zone) {
        List<String> exceptions = new ArrayList<>();
        if (visit.evvServiceType == null) {
            exceptions.add("SERVICE_TYPE_MISSING");
        }
        if (!located(visit.checkIn)) {
            exceptions.add("CHECK_IN_MISSING");
        }
        if (!located(visit.checkOut)) {
            exceptions.add("CHECK_OUT_MISSING");
        }
        visit.evvExceptions.forEach(flag -> exceptions.add(flag.stage() + "_" + flag.kind()));
        EvvPosition in = visit.checkIn;
        EvvPosition out = visit.checkOut;
        return new EvvRecord(visit.id, visit.evvServiceType, visit.patientId, admission.patientIdentifierSystem,
                admission.patientIdentifierValue, visit.startedAt.atZone(zone).toLocalDate(), visit.clinician,
                visit.discipline, visit.startedAt, visit.endedAt,
                in == null ? null : in.latitude, in == null ? null : in.longitude,
                in == null ? null : in.accuracyM, in == null ? null : in.distanceM,
                out == null ? null : out.latitude, out == null ? null : out.longitude,
                out == null ? null : out.accuracyM, out == null ? null : out.distanceM,
                exceptions.isEmpty() ? EvvRecord.Verification.VERIFIED : EvvRecord.Verification.EXCEPTION,
                List.copyOf(exceptions));
    }

    private static boolean located(EvvPosition position) {
        return position != null && position.latitude != null;
    }
}
