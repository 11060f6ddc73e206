package org.pallium.outpatient.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.AcpMapper;
import org.pallium.outpatient.repository.AcpSession;
import org.pallium.outpatient.service.AcpDocumentHistory;
import org.pallium.outpatient.service.AcpService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * Advance care planning: sessions, and the documents (living will, advance directive, health care
 * power of attorney, POLST, code status) with their history. A record of a patient the caller may
 * not see is answered as missing, and so is such a patient when a record is written.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advance care planning", description = "Sessions and documents: each document DISCUSSED, DRAFTED, SIGNED or "
        + "ON_FILE, every change kept and published as org.pallium.acp-document.changed.v1 on pallium.care-events")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class AcpResource {

    private static final String COURSE = "A document's status moves forward only, DISCUSSED, DRAFTED, SIGNED, ON_FILE, "
            + "and may skip a step. Restating the status amends the document (a revised draft, the agent's new phone, a "
            + "corrected reference). Until SIGNED the agent and the code status may change; after, a patient who revokes "
            + "or rewrites a document, names another agent or decides on another code status has a new document: "
            + "record it with POST /api/acp-documents, and it becomes the current one of its type.";

    private final AcpService acp;

    AcpResource(AcpService acp) {
        this.acp = acp;
    }

    @POST
    @Path("/acp-documents")
    @Operation(summary = "Record an advance care planning document; publishes org.pallium.acp-document.changed.v1",
            description = "Of a patient the clinic has accepted and still cares for. It becomes the current document of "
                    + "its type. 201 when recorded; 200 with the document as it now stands when a document with this "
                    + "id exists. " + COURSE)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AcpDocumentView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the document as it now stands",
            content = @Content(schema = @Schema(implementation = AcpDocumentView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The document id belongs to another patient")
    @APIResponse(responseCode = "422", description = "The patient has no accepted referral to the clinic that is still "
            + "open, or the document is incomplete: ON_FILE without a reference, a health care power of attorney "
            + "DRAFTED or later without its agent, a code status document without its code status, an agent or a code "
            + "status on a document that holds none")
    @Audited(value = AuditAction.CREATE, resource = "acp-document")
    public Response recordDocument(@Valid @NotNull RecordAcpDocumentRequest request) {
        return documentResponse(acp.recordDocument(AcpMapper.toRecording(request)));
    }

    @POST
    @Path("/acp-documents/{documentId}/changes")
    @Operation(summary = "Move a document on, or amend it; publishes org.pallium.acp-document.changed.v1",
            description = "What the change leaves out stays as it was. 201 when changed; 200 with the document as it now "
                    + "stands when a change with this id exists. " + COURSE)
    @APIResponse(responseCode = "201", description = "Changed: the document as it now stands",
            content = @Content(schema = @Schema(implementation = AcpDocumentView.class)))
    @APIResponse(responseCode = "200", description = "Changed before under this id: the document as it now stands",
            content = @Content(schema = @Schema(implementation = AcpDocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document of a patient the caller may see")
    @APIResponse(responseCode = "409", description = "The change id belongs to another document, or the change moves the "
            + "status back or names another agent or code status on a signed document")
    @APIResponse(responseCode = "422", description = "The document it leaves is incomplete, or the change is dated before "
            + "the document's latest one")
    @Audited(value = AuditAction.UPDATE, resource = "acp-document")
    public Response change(@PathParam("documentId") UUID documentId, @Valid @NotNull ChangeAcpDocumentRequest request) {
        return documentResponse(acp.change(AcpMapper.toRecording(documentId, request)));
    }

    @GET
    @Path("/acp-documents/{documentId}")
    @Operation(summary = "One advance care planning document, with its history")
    @APIResponse(responseCode = "200", description = "The document as it now stands",
            content = @Content(schema = @Schema(implementation = AcpDocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document of a patient the caller may see")
    @Audited(value = AuditAction.READ, resource = "acp-document")
    public AcpDocumentView document(@PathParam("documentId") UUID documentId) {
        return acp.document(documentId).map(AcpMapper::toView).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/acp-sessions")
    @Operation(summary = "Record an advance care planning session",
            description = "Of a patient the clinic has accepted and still cares for. 201 when recorded; 200 with the "
                    + "first record when a session with this id exists.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AcpSessionView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = AcpSessionView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The session id belongs to another patient")
    @APIResponse(responseCode = "422", description = "The patient has no accepted referral to the clinic that is still open")
    @Audited(value = AuditAction.CREATE, resource = "acp-session")
    public Response recordSession(@Valid @NotNull RecordAcpSessionRequest request) {
        Recorded<AcpSession> recorded = acp.recordSession(AcpMapper.toRecording(request));
        AcpSessionView view = AcpMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/acp-sessions/" + view.id()));
    }

    @GET
    @Path("/acp-sessions/{sessionId}")
    @Operation(summary = "One advance care planning session")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = AcpSessionView.class)))
    @APIResponse(responseCode = "404", description = "No such session of a patient the caller may see")
    @Audited(value = AuditAction.READ, resource = "acp-session")
    public AcpSessionView session(@PathParam("sessionId") UUID sessionId) {
        return acp.session(sessionId).map(AcpMapper::toView).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/patients/{patientId}/acp")
    @Operation(summary = "A patient's advance care planning: the current documents with their history, and the sessions",
            description = "The current document of each type is the most recently recorded one; those it replaced are "
                    + "listed apart as superseded.")
    @APIResponse(responseCode = "200", description = "The patient's documents and sessions; none when the clinic has none",
            content = @Content(schema = @Schema(implementation = PatientAcpView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "acp")
    public PatientAcpView ofPatient(@PathParam("patientId") UUID patientId) {
        return acp.ofPatient(patientId).map(AcpMapper::toView).orElseThrow(NotFoundException::new);
    }

    private static Response documentResponse(Recorded<AcpDocumentHistory> recorded) {
        AcpDocumentView view = AcpMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/acp-documents/" + view.id()));
    }
}
