package org.pallium.homevisit.rest;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.SyncMapper;
import org.pallium.homevisit.rest.SyncViews.DeltaView;
import org.pallium.homevisit.rest.SyncViews.UploadView;
import org.pallium.homevisit.service.SyncService;
import org.pallium.homevisit.service.SyncUpload;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * Offline-first sync for the visiting staff's mobile app: what it documented offline goes up in one
 * batch, answered item by item, and what changed on the server since it last synced comes down as
 * a delta, page by page.
 */
@Path("/api/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "The mobile app's offline-first sync: upload a batch, read the delta since a cursor")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class SyncResource {

    private final SyncService sync;

    SyncResource(SyncService sync) {
        this.sync = sync;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload what the app documented offline: up to 500 items, each applied or refused on its own",
            description = "Items are applied in the batch's order and answered in the same order, each on its own: "
                    + "one refused item leaves the others applied, and an item is never half applied. Kinds: PATIENT (the home record), FAMILY_CONTACT "
                    + "and NOTE and ASSESSMENT (upsert or delete), CONCERN, FAMILY_SUPPORT, CALL (a nurse-line call: "
                    + "dispatching an urgent visit as POST /api/calls does) and VISIT. A VISIT without baseVersion is a visit "
                    + "documented offline (clinician, discipline, startedAt, endedAt, notes): it takes its place on the "
                    + "patient's timeline by its clinical start, not by the upload. A VISIT with baseVersion is a scheduled "
                    + "visit's progress offline (checkIn, checkOut with notes and plan, or missedReason), taken as the "
                    + "visit's own endpoints take it. Otherwise `data` has the shape of the kind's REST request. Replays: an item whose mutationId was "
                    + "applied before is answered as then (`replayed`) and applies nothing again, so a batch whose answer "
                    + "was lost is simply sent again. Edits: an edit of an existing record names the version it was made "
                    + "on in baseVersion; made on an older version, it is a CONFLICT: not applied, answered with the "
                    + "current record and the app's data side by side.")
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "400", description = "The batch itself is malformed (not an item's data: that item is "
            + "REJECTED), empty, or has more than 500 items")
    @Audited(value = AuditAction.UPDATE, resource = "sync")
    public UploadView upload(@Valid @NotNull SyncUpload upload) {
        return SyncMapper.toView(sync.upload(upload));
    }

    @GET
    @Operation(summary = "The changes to the caller's records since a cursor, as a delta, page by page",
            description = "Everything that changed since `since` in what the caller's app keeps: for a home nurse, the "
                    + "patients on their caseload and of visits only theirs; for a clinician of the home team and a "
                    + "coordinator, the census. Changes come in the order they were made, each with its record "
                    + "as it is now (a record changed twice in a page comes once), or as DELETE when the record was "
                    + "deleted, withdrawn from the caller (a visit reassigned to a colleague), or is gone. Without "
                    + "`since`, from the beginning. `next` is the cursor for the following call; `hasMore` says to call "
                    + "again at once. `patients` names the patients whose records the app may keep.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = DeltaView.class)))
    @APIResponse(responseCode = "400", description = "A cursor that is not one this API answered, or a limit out of 1..500")
    @Audited(value = AuditAction.SEARCH, resource = "sync")
    public DeltaView changes(
            @QueryParam("since") @Parameter(description = "The `next` of the previous sync, unchanged") String since,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(500)
            @Parameter(description = "At most this many changes (1 to 500)") int limit,
            @QueryParam("patientId") @Parameter(description = "Only this patient's records: to load a patient new on the "
                    + "caseload") UUID patientId) {
        return SyncMapper.toView(sync.changesSince(SyncMapper.position(since), Optional.ofNullable(patientId), limit));
    }
}
