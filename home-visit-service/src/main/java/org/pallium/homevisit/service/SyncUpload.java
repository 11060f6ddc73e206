package org.pallium.homevisit.service;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.homevisit.repository.SyncKind;

/** What the mobile app documented offline, uploaded in one batch and answered item by item. */
public record SyncUpload(@NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items) {

    /** Whether an item creates or changes a record, or deletes it. */
    public enum Operation {
        UPSERT,
        DELETE
    }

    /**
     * One change the app made offline.
     *
     * @param mutationId  the app's id of this change, not of the record: uploading it again is answered
     *                    as the first time and applies nothing twice
     * @param baseVersion the version of the record the change was made on; null for a new record
     * @param data        the record as the app has it, in the shape of the kind's REST request
     */
    public record Item(
            @NotNull UUID mutationId,
            @NotNull SyncKind kind,
            @NotNull Operation operation,
            @Schema(description = "The record's id, chosen by the app for a new record")
            @NotNull UUID id,
            @NotNull UUID patientId,
            Long baseVersion,
            JsonNode data) {
    }
}
