package org.pallium.gateway.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.CareTeamMember;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.SummaryAcpDocument;
import org.pallium.gateway.repository.SummaryAdvanceDirective;
import org.pallium.gateway.repository.SummaryAppointment;
import org.pallium.gateway.repository.SummaryCodeStatus;
import org.pallium.gateway.repository.SummaryHealthcareAgent;
import org.pallium.gateway.repository.SummaryVisit;

/**
 * What a clinician needs first of a patient, across the settings, as the read model holds it now.
 *
 * @param openReferrals   the referrals that have not ended, newest first
 * @param esasVisits      the latest visits with an ESAS-r, newest first: the latest and the one before
 * @param ppsVisits       the latest visits with a PPS level, newest first: the latest and the one before
 * @param acpDocuments    each advance care planning document type's newest state, in the order of the types
 * @param nextAppointment the earliest booked clinic appointment or scheduled home programme visit still to come
 */
public record PatientSummary(
        UUID patientId,
        List<Referral> openReferrals,
        List<SummaryVisit> esasVisits,
        List<SummaryVisit> ppsVisits,
        Optional<SummaryVisit> lastContact,
        Optional<SummaryCodeStatus> codeStatus,
        List<SummaryAcpDocument> acpDocuments,
        Optional<SummaryAppointment> nextAppointment,
        List<CareTeamMember> careTeam,
        Optional<SummaryHealthcareAgent> healthcareAgent,
        Optional<SummaryAdvanceDirective> advanceDirective) {

    /** How many values of a score the summary shows: the latest, and the one before for the trend. */
    public static final int TREND = 2;

    /** The settings whose team has taken the patient on: an open referral there has been accepted. */
    public List<CareSetting> currentSettings() {
        return openReferrals.stream().filter(referral -> referral.status.isInCare()).map(referral -> referral.setting)
                .distinct().sorted().toList();
    }
}
