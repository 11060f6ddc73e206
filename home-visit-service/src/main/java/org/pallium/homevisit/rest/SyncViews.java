package org.pallium.homevisit.rest;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.service.SyncService;
import org.pallium.platform.problem.Problem;

/** What the mobile app's sync is answered with. */
public final class SyncViews {

    private SyncViews() {
    }

    /** The answer to an upload: one result per item, in the items' order. */
    public record UploadView(List<ItemView> results) {
    }

    /** How one uploaded item ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            UUID mutationId,
            SyncKind kind,
            UUID id,
            @Schema(description = "APPLIED; CONFLICT: made on a version that is no longer current, not applied; "
                    + "REJECTED: refused, see problem")
            SyncService.Status status,
            @Schema(description = "The record's version after the item was applied (null for a deletion, and for family support, "
                    + "which is recorded, never edited)")
            Long version,
            @Schema(description = "The item was applied by an earlier upload of the same mutationId: nothing was applied again")
            boolean replayed,
            @Schema(description = "Why the item was refused or is a conflict, with a machine-readable code")
            Problem problem,
            @Schema(description = "For a conflict: the record's current version")
            Long currentVersion,
            @Schema(description = "For a conflict: the record as it now stands, in the shape of its REST view")
            Object current,
            @Schema(description = "For a conflict: the data the app sent, unchanged")
            JsonNode yours) {
    }

    /** A page of the changes since a cursor. */
    public record DeltaView(
            List<ChangeView> changes,
            @Schema(description = "The cursor to send as `since` next: after this page, or where the feed stands when "
                    + "the page is empty. Opaque.")
            String next,
            @Schema(description = "More changes are waiting after `next`: ask again at once")
            boolean hasMore,
            @Schema(description = "The patients whose records the app may keep now; it drops every other patient's "
                    + "records (discharged, or no longer on the caller's caseload), and loads a patient new in this list "
                    + "with GET /api/sync?patientId=<id> (no `since`)")
            List<UUID> patients) {
    }

    /** One record changed or deleted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeView(
            SyncKind kind,
            UUID id,
            UUID patientId,
            @Schema(description = "UPSERT: keep `data`; DELETE: drop the record")
            String operation,
            @Schema(description = "For UPSERT, the record as it is now, in the shape of its REST view (for ESSENTIALS, "
                    + "the patient's essentials)")
            Object data) {
    }
}
