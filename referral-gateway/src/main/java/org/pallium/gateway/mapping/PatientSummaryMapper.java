package org.pallium.gateway.mapping;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.pallium.events.HealthcareAgent;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.SummaryAcpDocument;
import org.pallium.gateway.repository.SummaryAdvanceDirective;
import org.pallium.gateway.repository.SummaryAppointment;
import org.pallium.gateway.repository.SummaryCodeStatus;
import org.pallium.gateway.repository.SummaryHealthcareAgent;
import org.pallium.gateway.repository.SummaryVisit;
import org.pallium.gateway.rest.PatientSummaryView;
import org.pallium.gateway.service.PatientSummary;
import org.pallium.gateway.service.RecordLinks;

/** Between the patient summary's read model and its API. */
public final class PatientSummaryMapper {

    private PatientSummaryMapper() {
    }

    /** @param base the gateway's base URI, against which links to its own records resolve */
    public static PatientSummaryView toView(PatientSummary summary, URI base) {
        return new PatientSummaryView(summary.patientId(), summary.currentSettings(),
                summary.openReferrals().stream().map(referral -> toOpenReferral(referral, base)).toList(),
                nth(summary.esasVisits(), 0).map(PatientSummaryMapper::toEsas).orElse(null),
                nth(summary.esasVisits(), 1).map(PatientSummaryMapper::toEsas).orElse(null),
                nth(summary.ppsVisits(), 0).map(PatientSummaryMapper::toPps).orElse(null),
                nth(summary.ppsVisits(), 1).map(PatientSummaryMapper::toPps).orElse(null),
                summary.codeStatus().map(PatientSummaryMapper::toCodeStatus).orElse(null),
                summary.acpDocuments().stream().map(PatientSummaryMapper::toAcpDocument).toList(),
                summary.nextAppointment().map(PatientSummaryMapper::toNextAppointment).orElse(null),
                summary.lastContact().map(PatientSummaryMapper::toLastContact).orElse(null),
                summary.careTeam().stream().map(member -> new PatientSummaryView.CareTeamMember(member.setting(),
                        member.clinician(), member.discipline(), member.lastVisitAt(), member.nextVisitAt())).toList(),
                summary.healthcareAgent().map(PatientSummaryMapper::toHealthcareAgent).orElse(null),
                summary.advanceDirective().map(PatientSummaryMapper::toAdvanceDirective).orElse(null));
    }

    private static PatientSummaryView.HealthcareAgentRecord toHealthcareAgent(SummaryHealthcareAgent agent) {
        return new PatientSummaryView.HealthcareAgentRecord(new HealthcareAgent(agent.name, agent.relationship, agent.phone),
                agent.setting, agent.recordedBy, agent.recordedAt, URI.create(agent.sourceUrl));
    }

    private static PatientSummaryView.AdvanceDirectiveRecord toAdvanceDirective(SummaryAdvanceDirective directive) {
        return new PatientSummaryView.AdvanceDirectiveRecord(directive.status, directive.reference, directive.setting,
                directive.recordedBy, directive.recordedAt, URI.create(directive.sourceUrl));
    }

    private static <T> Optional<T> nth(List<T> newestFirst, int index) {
        return index < newestFirst.size() ? Optional.of(newestFirst.get(index)) : Optional.empty();
    }

    static PatientSummaryView.OpenReferral toOpenReferral(Referral referral, URI base) {
        return new PatientSummaryView.OpenReferral(referral.id, referral.setting, referral.status, referral.submittedAt,
                base.resolve(RecordLinks.referral(referral.id)));
    }

    private static PatientSummaryView.EsasReading toEsas(SummaryVisit visit) {
        return new PatientSummaryView.EsasReading(visit.startedAt, visit.setting, visit.esas, visit.esas.total(),
                URI.create(visit.sourceUrl));
    }

    private static PatientSummaryView.PpsReading toPps(SummaryVisit visit) {
        return new PatientSummaryView.PpsReading(visit.startedAt, visit.setting, visit.pps, URI.create(visit.sourceUrl));
    }

    private static PatientSummaryView.CodeStatusRecord toCodeStatus(SummaryCodeStatus codeStatus) {
        return new PatientSummaryView.CodeStatusRecord(codeStatus.codeStatus, codeStatus.setting, codeStatus.documentedBy,
                codeStatus.documentedAt, URI.create(codeStatus.sourceUrl));
    }

    private static PatientSummaryView.AcpDocument toAcpDocument(SummaryAcpDocument document) {
        return new PatientSummaryView.AcpDocument(document.documentType, document.documentId, document.status,
                document.reference, document.healthcareAgent(), document.codeStatus, document.setting,
                document.changedBy, document.changedAt, URI.create(document.sourceUrl));
    }

    private static PatientSummaryView.NextAppointment toNextAppointment(SummaryAppointment appointment) {
        return new PatientSummaryView.NextAppointment(appointment.appointmentId, appointment.setting,
                appointment.clinician, appointment.visitType, appointment.startsAt, appointment.endsAt,
                URI.create(appointment.sourceUrl));
    }

    private static PatientSummaryView.LastContact toLastContact(SummaryVisit visit) {
        return new PatientSummaryView.LastContact(visit.visitId, visit.setting, visit.encounterClass, visit.clinician,
                visit.discipline, visit.startedAt, visit.endedAt, URI.create(visit.sourceUrl));
    }
}
