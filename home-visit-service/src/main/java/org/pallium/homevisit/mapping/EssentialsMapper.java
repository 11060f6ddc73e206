package org.pallium.homevisit.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.pallium.events.AcpDocumentType;
import org.pallium.events.EsasR;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.EssentialFact;
import org.pallium.homevisit.repository.EssentialFactKind;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.rest.PatientEssentialsView;
import org.pallium.homevisit.rest.PatientEssentialsView.AcpDocumentFact;
import org.pallium.homevisit.rest.PatientEssentialsView.Address;
import org.pallium.homevisit.rest.PatientEssentialsView.Allergies;
import org.pallium.homevisit.rest.PatientEssentialsView.CodeStatusFact;
import org.pallium.homevisit.rest.PatientEssentialsView.Concern;
import org.pallium.homevisit.rest.PatientEssentialsView.EsasReading;
import org.pallium.homevisit.rest.PatientEssentialsView.FamilyContactEntry;
import org.pallium.homevisit.rest.PatientEssentialsView.GoalsOfCareFact;
import org.pallium.homevisit.rest.PatientEssentialsView.HealthcareAgentFact;
import org.pallium.homevisit.rest.PatientEssentialsView.Home;
import org.pallium.homevisit.rest.PatientEssentialsView.LastVisit;
import org.pallium.homevisit.rest.PatientEssentialsView.PpsReading;
import org.pallium.homevisit.service.PatientEssentials;
import org.pallium.homevisit.service.PatientEssentials.Trend;

/** Between a patient's essentials and the doorstep view the API answers with. */
public final class EssentialsMapper {

    /** The advance care planning documents the view lists, in its order. */
    private static final List<EssentialFactKind> DOCUMENTS =
            List.of(EssentialFactKind.LIVING_WILL, EssentialFactKind.ADVANCE_DIRECTIVE, EssentialFactKind.POLST);

    private EssentialsMapper() {
    }

    public static PatientEssentialsView toView(PatientEssentials essentials) {
        Map<EssentialFactKind, EssentialFact> facts = essentials.facts();
        HomePatient home = essentials.home();
        return new PatientEssentialsView(essentials.patientId(),
                home == null ? null : toHome(home),
                codeStatus(facts.get(EssentialFactKind.CODE_STATUS)),
                healthcareAgent(facts.get(EssentialFactKind.HEALTHCARE_AGENT)),
                DOCUMENTS.stream().flatMap(kind -> Stream.ofNullable(facts.get(kind))).map(EssentialsMapper::document)
                        .toList(),
                goalsOfCare(facts.get(EssentialFactKind.GOALS_OF_CARE)),
                essentials.familyContacts().stream().map(EssentialsMapper::contact).toList(),
                home == null ? new Allergies(AllergiesStatus.UNKNOWN, List.of())
                        : new Allergies(home.allergiesStatus, home.allergies),
                esas(essentials.esas()),
                pps(essentials.pps()),
                essentials.openConcerns().stream().map(EssentialsMapper::concern).toList(),
                lastVisit(essentials.lastVisit()));
    }

    private static Home toHome(HomePatient home) {
        Address address = home.addressLine == null && home.city == null && home.postalCode == null ? null
                : new Address(home.addressLine, home.city, home.postalCode);
        return new Home(home.residence, address, home.accessNotes, home.assignedNurse, home.assignedSocialWorker);
    }

    private static CodeStatusFact codeStatus(EssentialFact fact) {
        return fact == null ? null : new CodeStatusFact(fact.codeStatus, fact.documentStatus, fact.reference,
                fact.setting, fact.recordedBy, fact.recordedAt);
    }

    private static HealthcareAgentFact healthcareAgent(EssentialFact fact) {
        return fact == null ? null : new HealthcareAgentFact(fact.agentName, fact.agentRelationship, fact.agentPhone,
                fact.documentStatus, fact.reference, fact.setting, fact.recordedBy, fact.recordedAt);
    }

    private static AcpDocumentFact document(EssentialFact fact) {
        return new AcpDocumentFact(AcpDocumentType.valueOf(fact.fact.name()), fact.documentStatus, fact.reference,
                fact.setting, fact.recordedBy, fact.recordedAt);
    }

    private static GoalsOfCareFact goalsOfCare(EssentialFact fact) {
        return fact == null ? null
                : new GoalsOfCareFact(fact.whatMatters, fact.decisions, fact.setting, fact.recordedBy, fact.recordedAt);
    }

    private static FamilyContactEntry contact(FamilyContact contact) {
        return new FamilyContactEntry(contact.id, contact.name, contact.relationship, contact.phone,
                contact.primaryCaregiver, contact.birthYear, contact.notes);
    }

    private static EsasReading esas(Trend<EsasR> trend) {
        if (trend == null) {
            return null;
        }
        EsasR latest = trend.latest().value();
        return new EsasReading(latest, latest.total(), trend.latest().setting(), trend.latest().assessedAt(),
                trend.previous() == null ? null : latest.changeSince(trend.previous().value()),
                trend.previous() == null ? null : trend.previous().assessedAt());
    }

    private static PpsReading pps(Trend<Integer> trend) {
        if (trend == null) {
            return null;
        }
        int latest = trend.latest().value();
        return new PpsReading(latest, trend.latest().setting(), trend.latest().assessedAt(),
                trend.previous() == null ? null : latest - trend.previous().value(),
                trend.previous() == null ? null : trend.previous().assessedAt());
    }

    private static Concern concern(PatientConcern concern) {
        return new Concern(concern.id, concern.category, concern.description, concern.raisedAt, concern.raisedBy);
    }

    private static LastVisit lastVisit(HomeVisit visit) {
        return visit == null ? null
                : new LastVisit(visit.id, visit.plan, visit.startedAt, visit.clinician, visit.discipline);
    }
}
