package org.pallium.homevisit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.Allergy;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.FamilySupport;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The patient's home record (where they live, how to get in, allergies, who visits them), their
 * family, the support the family received, and the concerns the team watches. Each edit names the
 * version it was made on and is refused when that is no longer current; each change goes on the
 * change feed the mobile app syncs from.
 */
@ApplicationScoped
public class HomeRecordService {

    private final PatientAccess access;
    private final ChangeFeed changeFeed;
    private final Clock clock;
    private final HomeProgrammeConfig config;
    private final HomePatientScope scope;

    HomeRecordService(PatientAccess access, ChangeFeed changeFeed, Clock clock, HomeProgrammeConfig config,
            HomePatientScope scope) {
        this.access = access;
        this.scope = scope;
        this.changeFeed = changeFeed;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Optional<HomePatient> record(UUID patientId) {
        return access.visible(HomePatient.find(patientId), patient -> patient.patientId);
    }

    /**
     * Sets the patient's home record: the first time with no version, then on the version the editor
     * fetched. A nurse no longer assigned, and no longer visiting the patient otherwise, has the
     * patient withdrawn from their app; a newly assigned one receives them.
     *
     * @throws ProblemException 404 for a patient the caller may not see, 422 for one not in the
     *                          programme, 412/428 for an edit on another or no version
     */
    @Transactional
    public Recorded<HomePatient> putRecord(UUID patientId, HomeRecordChange change, Long editedVersion) {
        requireInProgramme(patientId);
        Optional<HomePatient> existing = HomePatient.lock(patientId);
        existing.ifPresent(current -> EditConflict.check("The home record", current.version, editedVersion));
        HomePatient patient = existing.orElseGet(HomePatient::new);
        List<String> assignedBefore = existing.map(HomeRecordService::assigned).orElse(List.of());
        patient.patientId = patientId;
        patient.residence = change.residence();
        patient.addressLine = change.addressLine();
        patient.city = change.city();
        patient.postalCode = change.postalCode();
        if ((change.latitude() == null) != (change.longitude() == null)) {
            throw new ProblemException(422, "Incomplete location", "latitude and longitude go together");
        }
        patient.latitude = change.latitude();
        patient.longitude = change.longitude();
        patient.accessNotes = change.accessNotes();
        List<Allergy> allergies = change.allergies() == null ? List.of() : change.allergies().stream()
                .map(entry -> new Allergy(entry.substance(), entry.reaction(), entry.severity())).toList();
        if ((change.allergiesStatus() == AllergiesStatus.RECORDED) != !allergies.isEmpty()) {
            throw new ProblemException(422, "Allergies inconsistent",
                    "allergiesStatus RECORDED goes with at least one allergy, and only then");
        }
        patient.allergiesStatus = change.allergiesStatus();
        patient.allergies = allergies;
        if (!scope.assigns(access.caller()) && !assignedBefore.equals(assigned(change.assignedNurse(),
                change.assignedSocialWorker())) && existing.isPresent()) {
            throw new ProblemException(403, "Assignment is the team's",
                    "Only the home team's clinicians and the coordinators assign a patient's nurse and social worker");
        }
        patient.assignedNurse = change.assignedNurse();
        patient.assignedSocialWorker = change.assignedSocialWorker();
        patient.agency = change.agency() != null ? change.agency()
                : existing.map(current -> current.agency).orElse(config.defaultAgency());
        patient.updatedAt = clock.instant();
        patient.updatedBy = access.caller().id();
        patient.persist();
        for (String nurse : assignedBefore) {
            if (!HomeAdmission.onCaseload(nurse, patientId)) {
                changeFeed.withdrawn(SyncKind.PATIENT, patientId, patientId, nurse);
            }
        }
        changeFeed.changed(SyncKind.PATIENT, patientId, patientId);
        return new Recorded<>(patient, existing.isEmpty());
    }

    /** A page of the patient's family contacts, the primary caregiver first; none for a patient outside the caller's scope. */
    @Transactional
    public List<FamilyContact> family(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? FamilyContact.ofPatient(patientId, page) : List.of();
    }

    /** Adds a contact under the id the app chose, or changes one on the version the editor fetched. */
    @Transactional
    public Recorded<FamilyContact> putContact(UUID patientId, UUID contactId, FamilyContactChange change,
            Long editedVersion) {
        requireInProgramme(patientId);
        Optional<FamilyContact> existing = FamilyContact.<FamilyContact>findByIdOptional(contactId)
                .map(contact -> ownedBy(contact.patientId, patientId, "Family contact", contactId, contact));
        existing.ifPresent(current -> EditConflict.check("Family contact " + contactId, current.version, editedVersion));
        FamilyContact contact = existing.orElseGet(FamilyContact::new);
        contact.id = contactId;
        contact.patientId = patientId;
        contact.name = change.name();
        contact.relationship = change.relationship();
        contact.phone = change.phone();
        contact.primaryCaregiver = change.primaryCaregiver();
        contact.birthYear = change.birthYear();
        contact.notes = change.notes();
        contact.updatedAt = clock.instant();
        contact.updatedBy = access.caller().id();
        contact.persist();
        changeFeed.changed(SyncKind.FAMILY_CONTACT, patientId, contactId);
        return new Recorded<>(contact, existing.isEmpty());
    }

    /**
     * Deletes a contact on the version the editor fetched. Deleting one already gone succeeds: a
     * delete retried after a lost answer must not fail.
     */
    @Transactional
    public void deleteContact(UUID patientId, UUID contactId, Long editedVersion) {
        requireInProgramme(patientId);
        Optional<FamilyContact> existing = FamilyContact.<FamilyContact>findByIdOptional(contactId)
                .map(contact -> ownedBy(contact.patientId, patientId, "Family contact", contactId, contact));
        if (existing.isEmpty()) {
            return;
        }
        EditConflict.check("Family contact " + contactId, existing.get().version, editedVersion);
        existing.get().delete();
        changeFeed.deleted(SyncKind.FAMILY_CONTACT, patientId, contactId);
    }

    /** A page of the patient's open concerns, the oldest first; none for a patient the caller may not see. */
    @Transactional
    public List<PatientConcern> openConcerns(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? PatientConcern.openOf(patientId, page) : List.of();
    }

    /** Raises a concern under the id the app chose, or changes (resolves) one on the version the editor fetched. */
    @Transactional
    public Recorded<PatientConcern> putConcern(UUID patientId, UUID concernId, ConcernRecording recording,
            Long editedVersion) {
        requireInProgramme(patientId);
        Optional<PatientConcern> existing = PatientConcern.<PatientConcern>findByIdOptional(concernId)
                .map(concern -> ownedBy(concern.patientId, patientId, "Concern", concernId, concern));
        existing.ifPresent(current -> EditConflict.check("Concern " + concernId, current.version, editedVersion));
        PatientConcern concern = existing.orElseGet(PatientConcern::new);
        String caller = access.caller().id();
        concern.id = concernId;
        concern.patientId = patientId;
        concern.category = recording.category();
        concern.description = recording.description();
        concern.raisedAt = recording.raisedAt();
        concern.raisedBy = existing.map(current -> current.raisedBy).orElse(caller);
        if (recording.resolvedAt() != null && recording.resolvedAt().isBefore(recording.raisedAt())) {
            throw new ProblemException(422, "Invalid concern", "resolvedAt is before raisedAt");
        }
        if (!Objects.equals(concern.resolvedAt, recording.resolvedAt())) {
            concern.resolvedAt = recording.resolvedAt();
            concern.resolvedBy = recording.resolvedAt() == null ? null : caller;
        }
        concern.persist();
        changeFeed.changed(SyncKind.CONCERN, patientId, concernId);
        return new Recorded<>(concern, existing.isEmpty());
    }

    /** A page of the support the patient's family received, the most recent first; none outside the caller's scope. */
    @Transactional
    public List<FamilySupport> familySupport(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? FamilySupport.ofPatient(patientId, page) : List.of();
    }

    /** Records support given to the family; the same id again returns the first record. */
    @Transactional
    public Recorded<FamilySupport> recordSupport(UUID patientId, FamilySupportRecording recording) {
        requireInProgramme(patientId);
        Optional<FamilySupport> earlier = FamilySupport.<FamilySupport>findByIdOptional(recording.id())
                .map(support -> ownedBy(support.patientId, patientId, "Family support", recording.id(), support));
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        if (recording.familyContactId() != null && FamilyContact.<FamilyContact>findByIdOptional(recording.familyContactId())
                .filter(contact -> contact.patientId.equals(patientId)).isEmpty()) {
            throw new ProblemException(422, "Unknown family contact",
                    "The patient has no family contact " + recording.familyContactId());
        }
        FamilySupport support = new FamilySupport();
        support.id = recording.id();
        support.patientId = patientId;
        support.familyContactId = recording.familyContactId();
        support.focus = recording.focus();
        support.mode = recording.mode();
        support.occurredAt = recording.occurredAt();
        support.durationMinutes = recording.durationMinutes();
        support.providedBy = access.caller().id();
        support.discipline = recording.discipline();
        support.notes = recording.notes();
        Instant now = clock.instant();
        support.recordedAt = now;
        support.recordedBy = support.providedBy;
        support.persist();
        changeFeed.changed(SyncKind.FAMILY_SUPPORT, patientId, support.id);
        return new Recorded<>(support, true);
    }

    /**
     * A patient the caller may see, in the programme: a patient outside their scope is unknown to
     * them (404), one with no admission that has not ended takes no new records (422).
     */
    void requireInProgramme(UUID patientId) {
        if (!access.permits(patientId)) {
            throw new ProblemException(404, "Unknown patient", "The home programme holds no patient " + patientId);
        }
        if (!HomeAdmission.onCensus(patientId)) {
            throw new ProblemException(422, "Patient not in the home programme",
                    "Patient " + patientId + " has no open admission to the home programme");
        }
    }

    /** A record under an id the app chose belongs to the patient the request names; another's id is taken. */
    static <T> T ownedBy(UUID owner, UUID patientId, String what, UUID id, T record) {
        if (!owner.equals(patientId)) {
            throw new ProblemException(409, "Id in use", what + " " + id + " belongs to another patient");
        }
        return record;
    }

    private static List<String> assigned(HomePatient patient) {
        return assigned(patient.assignedNurse, patient.assignedSocialWorker);
    }

    private static List<String> assigned(String nurse, String socialWorker) {
        return Stream.of(nurse, socialWorker).filter(Objects::nonNull).toList();
    }
}
