package org.pallium.inpatient.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.Coding;
import org.pallium.events.Diagnosis;
import org.pallium.events.Guardian;
import org.pallium.events.PatientDetails;
import org.pallium.events.PatientIdentifier;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.repository.CareTeamMember;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.inpatient.repository.Intervention;
import org.pallium.inpatient.repository.ResponseTimes;
import org.pallium.inpatient.rest.AssignCareTeamRequest;
import org.pallium.inpatient.rest.CareTeamMemberView;
import org.pallium.inpatient.rest.ConsultView;
import org.pallium.inpatient.rest.EncounterView;
import org.pallium.inpatient.rest.RecordEncounterRequest;
import org.pallium.inpatient.rest.RequestConsultRequest;
import org.pallium.inpatient.rest.ResponseTimesView;
import org.pallium.inpatient.service.CareTeamAssignment;
import org.pallium.inpatient.service.CensusEntry;
import org.pallium.inpatient.service.ConsultRequest;
import org.pallium.inpatient.service.EncounterRecording;
import org.pallium.inpatient.service.ResponseReport;
import org.pallium.inpatient.service.Worsening;
import org.pallium.platform.lifecycle.ReferralLifecycleView;
import org.pallium.platform.scales.EsasRInput;

/** Between the API's records and the consults, their teams and encounters. */
public final class ConsultMapper {

    private ConsultMapper() {
    }

    public static ConsultView toView(CensusEntry entry) {
        Consult consult = entry.consult();
        return new ConsultView(consult.id, consult.referralId, consult.patientId, consult.patientName, consult.origin,
                consult.status(), consult.reason, consult.urgency, consult.diagnosis, consult.requestingClinician,
                consult.requestingOrganisation, consult.unit, consult.bed, consult.admittingService, consult.requestedAt,
                consult.responseDueAt, consult.seenAt,
                consult.seenAt == null ? null : Duration.between(consult.requestedAt, consult.seenAt).toMinutes(),
                entry.overdue(), entry.worsening().stream().map(ConsultMapper::toView).toList(),
                toView(entry.team()), ReferralLifecycleView.of(consult));
    }

    public static ResponseTimesView toView(Instant from, Instant to, List<ResponseReport> reports) {
        return new ResponseTimesView(from, to, reports.stream().map(report -> {
            ResponseTimes times = report.times();
            return new ResponseTimesView.ByUrgency(times.urgency(), report.target().toMinutes(), times.requested(),
                    times.seen(), times.seenWithinTarget(), times.overdue(),
                    times.median() == null ? null : times.median().toMinutes(),
                    times.p90() == null ? null : times.p90().toMinutes());
        }).toList());
    }

    public static ConsultView.WorseningView toView(Worsening worsening) {
        return new ConsultView.WorseningView(worsening.measure(), worsening.from(), worsening.to(),
                worsening.fromAssessedAt(), worsening.toAssessedAt());
    }

    public static List<CareTeamMemberView> toView(List<CareTeamMember> team) {
        return team.stream().map(member -> new CareTeamMemberView(member.member, member.name, member.discipline,
                member.role)).toList();
    }

    public static EncounterView toView(Encounter encounter, Optional<Assessment> assessment) {
        return new EncounterView(encounter.id, encounter.consultId, encounter.patientId,
                CareSetting.INPATIENT.encounterClass(), encounter.kind, encounter.clinician, encounter.discipline,
                encounter.startedAt, encounter.endedAt, Duration.between(encounter.startedAt, encounter.endedAt).toMinutes(),
                encounter.notes, orEmpty(encounter.disciplinesPresent), orEmpty(encounter.participants),
                orEmpty(encounter.interventions), assessment.map(AssessmentMapper::toView).orElse(null));
    }

    public static EncounterRecording toRecording(UUID consultId, RecordEncounterRequest request) {
        return new EncounterRecording(request.id() != null ? request.id() : UUID.randomUUID(), consultId,
                request.kind(), request.clinician(), request.discipline(), request.startedAt(), request.endedAt(),
                request.notes(),
                request.disciplinesPresent() == null ? List.of(request.discipline()) : request.disciplinesPresent(),
                orEmpty(request.participants()),
                orEmpty(request.interventions()).stream().map(intervention -> new Intervention(intervention.kind(),
                        intervention.symptom(), intervention.description(), intervention.toPrimaryTeam())).toList(),
                Optional.ofNullable(request.esas()).map(EsasRInput::toEsasR).orElse(null), request.pps());
    }

    public static ConsultRequest toRequest(RequestConsultRequest request) {
        RequestConsultRequest.Patient patient = request.patient();
        Guardian guardian = Optional.ofNullable(patient.guardian())
                .map(named -> new Guardian(named.name(), named.relationship(), named.phone())).orElse(null);
        RequestConsultRequest.Diagnosis diagnosis = request.diagnosis();
        return new ConsultRequest(request.id(),
                new PatientDetails(new PatientIdentifier(patient.identifier().system(), patient.identifier().value()),
                        patient.name(), patient.birthDate(), patient.sex(), null, null, null, guardian),
                new Diagnosis(new Coding(diagnosis.system(), diagnosis.code(), diagnosis.display()), diagnosis.text(),
                        diagnosis.diagnosedOn(), diagnosis.advancedCancer()),
                request.unit(), request.bed(), request.admittingService(), request.requestingClinician(),
                request.requestingOrganisation(), request.question(), request.urgency(), request.requestedAt());
    }

    public static List<CareTeamAssignment> toAssignments(AssignCareTeamRequest request) {
        return request.members().stream().map(member -> new CareTeamAssignment(member.member(), member.name(),
                member.discipline(), member.role())).toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
