package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;
import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.FamilySupport;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.SyncChange;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.SyncReceipt;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.platform.logging.Redacted;
import org.pallium.platform.problem.Problem;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.problem.UniqueKeyRace;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientAccess;

/**
 * Applies what the mobile app documented offline, item by item, each with its receipt: one item
 * refused leaves the others applied, and an item uploaded again (the app retries a batch whose answer
 * it lost) is answered from its receipt without being applied twice. An item made on a version that
 * is no longer current is a conflict: it is not applied, and its answer carries the current record
 * beside the app's, for the nurse to reconcile.
 *
 * <p>Items are applied {@value #ITEMS_PER_TRANSACTION} to a transaction, in the upload's order: a
 * day's visits come up together, and one commit for them all costs the service and the database a
 * fraction of one commit apiece. When an item of such a group is refused, conflicts, or loses a race
 * to a parallel upload, nothing of the group is kept, and its items are applied again one by one,
 * each in its own transaction, so that only that item is refused. Two groups that lock the same
 * records in opposite orders may deadlock; the database ends one, which is then applied one by one.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);

    /**
     * The most items one transaction applies: enough for a visit's documentation and a day's visits,
     * few enough that the session Hibernate keeps for them stays small and their locks short.
     */
    static final int ITEMS_PER_TRANSACTION = 25;

    private final HomeRecordService records;
    private final ClinicalRecordService clinical;
    private final HomeVisitService visits;
    private final VisitCourseService course;
    private final NurseCallService calls;
    private final PatientEssentialsService essentials;
    private final HomePatientScope scope;
    private final PatientAccess access;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final EntityManager entityManager;

    SyncService(HomeRecordService records, ClinicalRecordService clinical, HomeVisitService visits,
            VisitCourseService course, NurseCallService calls, PatientEssentialsService essentials, HomePatientScope scope,
            PatientAccess access, ObjectMapper json, Validator validator, Clock clock, EntityManager entityManager) {
        this.records = records;
        this.clinical = clinical;
        this.visits = visits;
        this.course = course;
        this.calls = calls;
        this.essentials = essentials;
        this.scope = scope;
        this.access = access;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** How one uploaded item ended. */
    public enum Status {
        APPLIED,
        CONFLICT,
        REJECTED
    }

    /**
     * The answer to one item: its version after it was applied, or why it was refused, or the conflict
     * with the record's current version ({@code current} is that record, {@code yours} what the app sent).
     */
    public record ItemOutcome(UUID mutationId, SyncKind kind, UUID id, Status status, Long version, boolean replayed,
            Problem problem, Long currentVersion, Object current, JsonNode yours) {

        static ItemOutcome applied(SyncUpload.Item item, Long version, boolean replayed) {
            return new ItemOutcome(item.mutationId(), item.kind(), item.id(), Status.APPLIED, version, replayed, null,
                    null, null, null);
        }

        static ItemOutcome rejected(SyncUpload.Item item, Problem problem) {
            return new ItemOutcome(item.mutationId(), item.kind(), item.id(), Status.REJECTED, null, false, problem,
                    null, null, null);
        }
    }

    public List<ItemOutcome> upload(SyncUpload upload) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (int group = 0; group < upload.items().size(); group += ITEMS_PER_TRANSACTION) {
            int first = group;
            int end = Math.min(first + ITEMS_PER_TRANSACTION, upload.items().size());
            outcomes.addAll(applyTogether(upload, first, end).orElseGet(() -> applyOneByOne(upload, first, end)));
        }
        return outcomes;
    }

    /**
     * Items {@code first} to {@code end} (exclusive) in one transaction, when all of them apply;
     * empty when one does not, and nothing of them is then kept.
     */
    private Optional<List<ItemOutcome>> applyTogether(SyncUpload upload, int first, int end) {
        if (end - first < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                List<ItemOutcome> outcomes = new ArrayList<>();
                for (int index = first; index < end; index++) {
                    outcomes.add(applyOnce(upload.items().get(index), pointer(index)));
                }
                return outcomes;
            }));
        } catch (RuntimeException refused) {
            LOG.debugf("Items %d to %d of an upload applied one by one: %s", first, end - 1, Redacted.describe(refused));
            return Optional.empty();
        }
    }

    private List<ItemOutcome> applyOneByOne(SyncUpload upload, int first, int end) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (int index = first; index < end; index++) {
            outcomes.add(uploadItem(upload.items().get(index), pointer(index)));
        }
        return outcomes;
    }

    private static String pointer(int index) {
        return "/items/" + index + "/data";
    }

    /**
     * Uploads one item; when the same change (or a change to the same new record) committed meanwhile
     * from a parallel upload, a unique key refuses this one, and it is tried once more to be answered
     * from what the other committed.
     */
    private ItemOutcome uploadItem(SyncUpload.Item item, String pointer) {
        try {
            return tryUpload(item, pointer);
        } catch (RuntimeException raced) {
            if (!UniqueKeyRace.causes(raced)) {
                throw raced;
            }
            return tryUpload(item, pointer);
        }
    }

    private ItemOutcome tryUpload(SyncUpload.Item item, String pointer) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> applyOnce(item, pointer));
        } catch (EditConflict conflict) {
            return new ItemOutcome(item.mutationId(), item.kind(), item.id(), Status.CONFLICT, null, false,
                    conflict.toProblem(), conflict.currentVersion(), QuarkusTransaction.requiringNew()
                    .call(() -> stored(item.kind(), item.patientId(), item.id()).orElse(null)), item.data());
        } catch (ProblemException refused) {
            return ItemOutcome.rejected(item, refused.toProblem());
        }
    }

    /**
     * Applies the item in the caller's transaction and keeps its receipt, or answers it from its
     * receipt when it was applied before; throws when it is refused or conflicts.
     */
    private ItemOutcome applyOnce(SyncUpload.Item item, String pointer) {
        Optional<SyncReceipt> receipt = SyncReceipt.find(item.mutationId());
        if (receipt.isPresent()) {
            return replayOf(item, receipt.get());
        }
        Long version = apply(item, pointer);
        SyncReceipt applied = new SyncReceipt();
        applied.mutationId = item.mutationId();
        applied.uploadedBy = access.caller().id();
        applied.kind = item.kind().name();
        applied.entityId = item.id();
        applied.operation = item.operation().name();
        applied.outcome = Status.APPLIED.name();
        applied.version = version;
        applied.appliedAt = clock.instant();
        applied.persist();
        return ItemOutcome.applied(item, version, false);
    }

    /** The same change uploaded again, by the same user: answered as the first time. */
    private ItemOutcome replayOf(SyncUpload.Item item, SyncReceipt receipt) {
        if (!receipt.uploadedBy.equals(access.caller().id()) || !receipt.entityId.equals(item.id())
                || !receipt.kind.equals(item.kind().name())) {
            throw new ProblemException(409, "mutation-id-in-use", "Mutation id in use",
                    "Change " + item.mutationId() + " was uploaded before for another record or by someone else");
        }
        return ItemOutcome.applied(item, receipt.version, true);
    }

    /** Applies one item; its record's version afterwards, null when it was deleted or is never edited. */
    private Long apply(SyncUpload.Item item, String pointer) {
        boolean delete = item.operation() == SyncUpload.Operation.DELETE;
        return switch (item.kind()) {
            case PATIENT -> {
                requireUpsert(item, delete);
                yield flushed(records.putRecord(item.patientId(), read(item, HomeRecordChange.class, pointer), item.baseVersion())
                        .value()).version;
            }
            case FAMILY_CONTACT -> {
                if (delete) {
                    records.deleteContact(item.patientId(), item.id(), item.baseVersion());
                    yield null;
                }
                yield flushed(records.putContact(item.patientId(), item.id(), read(item, FamilyContactChange.class, pointer),
                        item.baseVersion()).value()).version;
            }
            case CONCERN -> {
                requireUpsert(item, delete);
                yield flushed(records.putConcern(item.patientId(), item.id(), read(item, ConcernRecording.class, pointer),
                        item.baseVersion()).value()).version;
            }
            case NOTE -> {
                if (delete) {
                    clinical.deleteNote(item.patientId(), item.id(), item.baseVersion());
                    yield null;
                }
                yield flushed(clinical.putNote(item.patientId(), item.id(), read(item, NoteRecording.class, pointer),
                        item.baseVersion()).value()).version;
            }
            case ASSESSMENT -> {
                if (delete) {
                    clinical.deleteAssessment(item.patientId(), item.id(), item.baseVersion());
                    yield null;
                }
                yield flushed(clinical.putAssessment(item.patientId(), item.id(), read(item, AssessmentRecording.class, pointer),
                        item.baseVersion()).value()).version;
            }
            case FAMILY_SUPPORT -> {
                requireUpsert(item, delete);
                FamilySupportRecording support = read(item, FamilySupportRecording.class, pointer);
                requireItsIds(item, support.id(), item.patientId());
                records.recordSupport(item.patientId(), support);
                yield null;
            }
            case CALL -> {
                requireUpsert(item, delete);
                if (item.baseVersion() != null) {
                    throw new ProblemException(422, "Not supported offline", "A call is logged, not edited");
                }
                CallLogging call = read(item, CallLogging.class, pointer);
                requireItsIds(item, call.id() != null ? call.id() : item.id(), call.patientId());
                yield flushed(calls.log(call.withIds(item.id(), item.patientId())).value()).version;
            }
            case VISIT -> {
                requireUpsert(item, delete);
                if (item.baseVersion() == null) {
                    DocumentedVisit documented = read(item, DocumentedVisit.class, pointer);
                    yield flushed(visits.record(documented.toRecording(item.id(), item.patientId())).value()).version;
                }
                yield flushed(progress(item, read(item, VisitProgress.class, pointer))).version;
            }
            default -> throw new ProblemException(422, "Not supported offline",
                    item.kind() + " records are not uploaded through sync");
        };
    }

    /** The record once its change is flushed: Hibernate counts a record's version up at the flush. */
    private <T> T flushed(T record) {
        entityManager.flush();
        return record;
    }

    /**
     * Takes the steps of a scheduled visit's course the app took offline, in order; the first step
     * taken names the version the app had, the next ones follow from it.
     */
    private HomeVisit progress(SyncUpload.Item item, VisitProgress progress) {
        if (!progress.isOneCourse()) {
            throw new ProblemException(422, "invalid-visit-progress", "Invalid visit progress",
                    "A visit's progress is a check-in, a check-out or both, or else a missed reason");
        }
        HomeVisit visit = visits.find(item.id()).filter(found -> found.patientId.equals(item.patientId()))
                .orElseThrow(() -> new ProblemException(404, "Unknown visit", "The home programme holds no visit "
                        + item.id() + " of patient " + item.patientId()));
        if (progress.missedReason() != null) {
            return course.miss(visit.id, item.baseVersion(), progress.missedReason(), progress.missedNote());
        }
        Long version = item.baseVersion();
        if (progress.checkIn() != null) {
            visit = course.checkIn(visit.id, version, progress.checkIn());
            version = null;
        }
        if (progress.checkOut() != null) {
            visit = course.checkOut(visit.id, version, progress.checkOut(), progress.notes(), progress.plan());
        }
        return visit;
    }

    /** Data that names its record or patient names the item's: a copy under another id is a mistake of the app's. */
    private static void requireItsIds(SyncUpload.Item item, UUID dataId, UUID dataPatientId) {
        if (!item.id().equals(dataId) || !item.patientId().equals(dataPatientId)) {
            throw new ProblemException(422, "id-mismatch", "Id mismatch",
                    "data names record " + dataId + " of patient " + dataPatientId + "; the item, record " + item.id()
                            + " of patient " + item.patientId());
        }
    }

    private static void requireUpsert(SyncUpload.Item item, boolean delete) {
        if (delete) {
            throw new ProblemException(422, "Not deletable", item.kind() + " records are not deleted");
        }
    }

    /** The item's data as the kind's request, checked as the REST API checks it. */
    private <T> T read(SyncUpload.Item item, Class<T> type, String pointer) {
        if (item.data() == null || item.data().isNull()) {
            throw new ProblemException(400, "Invalid request", "An upsert carries the record as data");
        }
        T value;
        try {
            value = json.treeToValue(item.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw new ProblemException(400, "Unreadable request body", "data at " + pointer + " cannot be read as "
                    + item.kind() + ": it has an unknown field, or a value of the wrong type or shape");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid request", violations.size() + " value(s) are invalid", violations.stream()
                    .map(violation -> Problem.Violation.inBody(pointer + "/" + violation.getPropertyPath().toString()
                            .replace('.', '/'), violation.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::pointer))
                    .toList());
        }
        return value;
    }

    /**
     * The changes to what the caller's app keeps since {@code after} (a change feed position; 0 for
     * everything), in the order they were made, at most {@code limit}, of one patient's records if
     * {@code patient} is given. Each change carries its record as it is now: a record changed twice
     * in the page is given once, at its last change, and a record gone since (or no longer the
     * caller's to see) is given as deleted. The answer also names the patients whose records the app
     * may keep now, so that it drops those who left the caller's caseload or the census.
     */
    @Transactional
    public SyncDelta changesSince(long after, Optional<UUID> patient, int limit) {
        Caller caller = access.caller();
        String reader = caller.id();
        HomePatientScope.Listing listing = scope.listing(caller);
        List<SyncChange> page = switch (listing) {
            case EVERY_PATIENT, PATIENTS_ON_CENSUS -> SyncChange.censusAfter(after, reader, patient, limit + 1);
            case PATIENTS_ON_CASELOAD -> SyncChange.caseloadAfter(after, reader, patient, limit + 1);
            case NO_PATIENT -> List.of();
        };
        boolean more = page.size() > limit;
        List<SyncChange> shown = more ? page.subList(0, limit) : page;
        Map<String, SyncChange> lastOfEach = new LinkedHashMap<>();
        for (SyncChange change : shown) {
            String key = change.kind + "/" + change.entityId;
            lastOfEach.remove(key);
            lastOfEach.put(key, change);
        }
        List<SyncDelta.Change> changes = lastOfEach.values().stream()
                .sorted(Comparator.comparingLong(change -> change.seq))
                .map(change -> new SyncDelta.Change(change, change.isDeletion() ? Optional.empty()
                        : stored(change.kind, change.patientId, change.entityId)))
                .toList();
        List<UUID> patients = switch (listing) {
            case EVERY_PATIENT, PATIENTS_ON_CENSUS -> HomeAdmission.patientsOnCensus();
            case PATIENTS_ON_CASELOAD -> HomeAdmission.patientsOnCaseload(reader);
            case NO_PATIENT -> List.of();
        };
        long reached = shown.isEmpty() ? after : shown.getLast().seq;
        return new SyncDelta(changes, reached, more, patients);
    }

    /**
     * A record as it is now; empty when it is gone. Read without checking the caller's scope again:
     * the feed's query selected the caller's patients, and a conflict arises on a record the upload
     * was allowed to edit.
     */
    private Optional<Object> stored(SyncKind kind, UUID patientId, UUID entityId) {
        return switch (kind) {
            case PATIENT -> HomePatient.find(patientId).map(Object.class::cast);
            case FAMILY_CONTACT -> FamilyContact.<FamilyContact>findByIdOptional(entityId).map(Object.class::cast);
            case FAMILY_SUPPORT -> FamilySupport.<FamilySupport>findByIdOptional(entityId).map(Object.class::cast);
            case VISIT_PLAN -> VisitPlan.<VisitPlan>findByIdOptional(entityId).map(Object.class::cast);
            case VISIT -> HomeVisit.<HomeVisit>findByIdOptional(entityId).map(Object.class::cast);
            case NOTE -> ClinicalNote.<ClinicalNote>findByIdOptional(entityId).map(Object.class::cast);
            case ASSESSMENT -> HomeAssessment.<HomeAssessment>findByIdOptional(entityId).map(Object.class::cast);
            case CONCERN -> PatientConcern.<PatientConcern>findByIdOptional(entityId).map(Object.class::cast);
            case CALL -> NurseCall.<NurseCall>findByIdOptional(entityId).map(Object.class::cast);
            case ESSENTIALS -> Optional.of(essentials.assemble(patientId));
        };
    }
}
