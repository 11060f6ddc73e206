package org.pallium.gateway.mapping;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.pallium.gateway.repository.QualityPatient;
import org.pallium.gateway.repository.TimeToFirstVisit;
import org.pallium.gateway.rest.AdvancedCancerWorklistEntryView;
import org.pallium.gateway.rest.TimeToFirstVisitView;
import org.pallium.gateway.service.QualityMeasuresService.Worklist;

/** The quality measures as the API shows them. */
public final class QualityMapper {

    /** Palliative care should have seen a patient with advanced cancer within 8 weeks of the diagnosis. */
    private static final int WEEKS_TO_BE_SEEN = 8;

    private QualityMapper() {
    }

    public static TimeToFirstVisitView toView(YearMonth from, YearMonth to, ZoneId zone, List<TimeToFirstVisit> months) {
        return new TimeToFirstVisitView(from.toString(), to.toString(), zone, months.stream()
                .map(month -> new TimeToFirstVisitView.SettingMonth(month.month().toString(), month.setting(),
                        month.referrals(), month.seen(), month.stillWaiting(), month.notToBeSeen(), month.p50Hours(),
                        month.p75Hours(), month.p90Hours()))
                .toList());
    }

    /**
     * @param base the gateway's base URI, against which the open referral's link resolves
     */
    public static AdvancedCancerWorklistEntryView toView(QualityPatient patient, Worklist worklist, URI base) {
        LocalDate seenBy = patient.diagnosedOn.plusWeeks(WEEKS_TO_BE_SEEN);
        return new AdvancedCancerWorklistEntryView(patient.patientId, patient.patient.name,
                new AdvancedCancerWorklistEntryView.WorklistDiagnosis(patient.diagnosisSystem, patient.diagnosisCode,
                        patient.diagnosisText, patient.diagnosedOn),
                seenBy, worklist.today().isAfter(seenBy), ChronoUnit.DAYS.between(patient.diagnosedOn, worklist.today()),
                Optional.ofNullable(worklist.openReferrals().get(patient.patientId))
                        .map(referral -> PatientSummaryMapper.toOpenReferral(referral, base)).orElse(null));
    }
}
