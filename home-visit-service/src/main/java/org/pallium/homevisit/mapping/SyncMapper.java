package org.pallium.homevisit.mapping;

import java.util.List;

import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.FamilySupport;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.homevisit.rest.SyncViews.ChangeView;
import org.pallium.homevisit.rest.SyncViews.DeltaView;
import org.pallium.homevisit.rest.SyncViews.ItemView;
import org.pallium.homevisit.rest.SyncViews.UploadView;
import org.pallium.homevisit.service.PatientEssentials;
import org.pallium.homevisit.service.SyncDelta;
import org.pallium.homevisit.service.SyncService.ItemOutcome;
import org.pallium.platform.paging.PageCursor;

/** Between the sync API's answers and the records they carry. */
public final class SyncMapper {

    private SyncMapper() {
    }

    public static UploadView toView(List<ItemOutcome> outcomes) {
        return new UploadView(outcomes.stream().map(outcome -> new ItemView(outcome.mutationId(), outcome.kind(),
                outcome.id(), outcome.status(), outcome.version(), outcome.replayed(), outcome.problem(),
                outcome.currentVersion(), outcome.current() == null ? null : toView(outcome.current()), outcome.yours()))
                .toList());
    }

    public static DeltaView toView(SyncDelta delta) {
        List<ChangeView> changes = delta.changes().stream().map(change -> change.record()
                .map(record -> new ChangeView(change.entry().kind, change.entry().entityId, change.entry().patientId,
                        "UPSERT", toView(record)))
                .orElseGet(() -> new ChangeView(change.entry().kind, change.entry().entityId, change.entry().patientId,
                        "DELETE", null)))
                .toList();
        return new DeltaView(changes, PageCursor.of(delta.reached()).encode(), delta.more(), delta.patients());
    }

    /**
     * The change feed position a cursor stands for; 0 (the beginning) for none.
     *
     * @throws org.pallium.platform.problem.ProblemException 400 {@code invalid-cursor} for a cursor
     *                                                       that is not one a sync answered
     */
    public static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        return PageCursor.decode(cursor.strip()).single(Long.class);
    }

    /** A record as its own REST view shows it. */
    private static Object toView(Object record) {
        return switch (record) {
            case HomePatient patient -> CaseloadMapper.toView(patient);
            case FamilyContact contact -> CaseloadMapper.toView(contact);
            case FamilySupport support -> CaseloadMapper.toView(support);
            case VisitPlan plan -> CaseloadMapper.toView(plan);
            case HomeVisit visit -> HomeVisitMapper.toView(visit);
            case ClinicalNote note -> CaseloadMapper.toView(note);
            case HomeAssessment assessment -> CaseloadMapper.toView(assessment);
            case PatientConcern concern -> CaseloadMapper.toView(concern);
            case NurseCall call -> NurseLineMapper.toView(call);
            case PatientEssentials essentials -> EssentialsMapper.toView(essentials);
            default -> throw new IllegalArgumentException("not a record the app keeps: " + record.getClass().getSimpleName());
        };
    }
}
