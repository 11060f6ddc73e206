package org.pallium.homevisit.mapping;

import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.FamilySupport;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.homevisit.rest.CaseloadViews.AssessmentView;
import org.pallium.homevisit.rest.CaseloadViews.ConcernView;
import org.pallium.homevisit.rest.CaseloadViews.FamilyContactView;
import org.pallium.homevisit.rest.CaseloadViews.FamilySupportView;
import org.pallium.homevisit.rest.CaseloadViews.HomeRecordView;
import org.pallium.homevisit.rest.CaseloadViews.NoteView;
import org.pallium.homevisit.rest.CaseloadViews.VisitPlanView;

/** Between the records of a patient's home care and their API views. */
public final class CaseloadMapper {

    private CaseloadMapper() {
    }

    public static HomeRecordView toView(HomePatient patient) {
        return new HomeRecordView(patient.patientId, patient.residence, patient.addressLine, patient.city,
                patient.postalCode, patient.latitude, patient.longitude, patient.accessNotes, patient.allergiesStatus,
                patient.allergies, patient.assignedNurse, patient.assignedSocialWorker, patient.agency, patient.version,
                patient.updatedAt);
    }

    public static FamilyContactView toView(FamilyContact contact) {
        return new FamilyContactView(contact.id, contact.patientId, contact.name, contact.relationship, contact.phone,
                contact.primaryCaregiver, contact.birthYear, contact.notes, contact.version);
    }

    public static FamilySupportView toView(FamilySupport support) {
        return new FamilySupportView(support.id, support.patientId, support.familyContactId, support.focus, support.mode,
                support.occurredAt, support.durationMinutes, support.providedBy, support.discipline, support.notes);
    }

    public static ConcernView toView(PatientConcern concern) {
        return new ConcernView(concern.id, concern.patientId, concern.category, concern.description, concern.raisedAt,
                concern.raisedBy, concern.resolvedAt, concern.resolvedBy, concern.version);
    }

    public static NoteView toView(ClinicalNote note) {
        return new NoteView(note.id, note.patientId, note.visitId, note.writtenAt, note.author, note.discipline, note.text,
                note.version);
    }

    public static AssessmentView toView(HomeAssessment assessment) {
        return new AssessmentView(assessment.id, assessment.patientId, assessment.visitId, assessment.assessedAt,
                assessment.esas, assessment.pps, assessment.recordedBy, assessment.version);
    }

    public static VisitPlanView toView(VisitPlan plan) {
        return new VisitPlanView(plan.id, plan.patientId, plan.discipline, plan.mode, plan.everyWeeks, plan.weekday,
                plan.localStart, plan.durationMinutes, plan.assignedTo, plan.startsOn, plan.endsOn, plan.videoProvider,
                plan.version);
    }
}
