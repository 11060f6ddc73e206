package org.pallium.gateway.mapping.fhir;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralStatusChange;

/**
 * A referral's progress as the Task that fulfils its ServiceRequest, as in the BSeR referral guide.
 * A transferred referral's Task names, as its output, the referral the transfer opened.
 */
final class TaskMapper {

    private static final Coding FULFIL = new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
            "Fulfill the focal request");

    private TaskMapper() {
    }

    /**
     * The Task of a referral; its id is the referral's. It is for the patient by identifier: the
     * gateway serves no Patient resource to refer to.
     */
    static Task toTask(Referral referral, Patient patient, List<ReferralStatusChange> history) {
        FhirReferralStatus status = FhirReferralStatus.of(referral.status);
        Task task = new Task();
        task.setId(referral.id.toString());
        task.getMeta().setLastUpdatedElement(new InstantType(Date.from(referral.updatedAt)));
        Reference serviceRequest = new Reference("ServiceRequest/" + referral.id);
        task.addBasedOn(serviceRequest);
        task.setFocus(serviceRequest.copy());
        task.setFor(new Reference().setIdentifier(new Identifier().setSystem(patient.identifierSystem)
                .setValue(patient.identifierValue)));
        task.setStatus(status.task());
        task.setBusinessStatus(new CodeableConcept().setText(status.businessStatus()));
        if (status.hasReason()) {
            reasonOf(referral, history).ifPresent(reason -> task.setStatusReason(new CodeableConcept().setText(reason)));
        }
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(FULFIL.copy()));
        task.setAuthoredOnElement(ServiceRequestMapper.dateTime(referral.submittedAt));
        task.setLastModifiedElement(ServiceRequestMapper.dateTime(referral.updatedAt));
        task.setRequester(new Reference().setDisplay(referral.referringClinician));
        task.setOwner(new Reference().setIdentifier(new Identifier().setSystem(PalliumCodeSystems.CARE_SETTING)
                .setValue(referral.setting.name())).setDisplay(PalliumCodeSystems.display(referral.setting)));
        if (referral.transferredTo != null) {
            task.addOutput().setType(new CodeableConcept().setText("The referral in the setting the patient was transferred to"))
                    .setValue(new Reference("ServiceRequest/" + referral.transferredTo));
        }
        return task;
    }

    /** A search's result: the Tasks, each at its own address. */
    static Bundle searchSet(List<Task> tasks, String self, String fhirBase) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(tasks.size());
        bundle.addLink().setRelation("self").setUrl(self);
        tasks.forEach(task -> bundle.addEntry()
                .setFullUrl(fhirBase + "Task/" + task.getIdElement().getIdPart())
                .setResource(task)
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return bundle;
    }

    /** Why the referral reached its current status, in the words of whoever moved it there. */
    private static Optional<String> reasonOf(Referral referral, List<ReferralStatusChange> history) {
        return history.reversed().stream()
                .filter(change -> change.status == referral.status && change.reason != null)
                .map(change -> change.reason)
                .findFirst();
    }
}
