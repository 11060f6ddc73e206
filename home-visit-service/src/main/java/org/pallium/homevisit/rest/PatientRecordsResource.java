package org.pallium.homevisit.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.CaseloadMapper;
import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.FamilySupport;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.rest.CaseloadViews.AssessmentView;
import org.pallium.homevisit.rest.CaseloadViews.ConcernView;
import org.pallium.homevisit.rest.CaseloadViews.FamilyContactView;
import org.pallium.homevisit.rest.CaseloadViews.FamilySupportView;
import org.pallium.homevisit.rest.CaseloadViews.HomeRecordView;
import org.pallium.homevisit.rest.CaseloadViews.NoteView;
import org.pallium.homevisit.service.AssessmentRecording;
import org.pallium.homevisit.service.ClinicalRecordService;
import org.pallium.homevisit.service.ConcernRecording;
import org.pallium.homevisit.service.FamilyContactChange;
import org.pallium.homevisit.service.FamilySupportRecording;
import org.pallium.homevisit.service.HomeRecordChange;
import org.pallium.homevisit.service.HomeRecordService;
import org.pallium.homevisit.service.NoteRecording;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.Roles;

/**
 * A home-programme patient's records: the home record (address, access notes, allergies, who visits),
 * family contacts, support given to the family, concerns, notes and assessments. Records the app may
 * edit offline are put under the id the app chose and carry their version as ETag; an edit names it in
 * If-Match and is refused with 412 when the record changed since, never applied over that change.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient records", description = "What the home team keeps about a patient, edited online or offline")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class PatientRecordsResource {

    private static final String PATIENT = "/patients/{patientId}";

    private final HomeRecordService records;
    private final ClinicalRecordService clinical;

    PatientRecordsResource(HomeRecordService records, ClinicalRecordService clinical) {
        this.records = records;
        this.clinical = clinical;
    }

    @GET
    @Path(PATIENT + "/home")
    @Operation(summary = "The patient's home record: residence, address, access notes, allergies, assigned nurse and social worker")
    @Audited(value = AuditAction.READ, resource = "home-record")
    public Response homeRecord(@PathParam("patientId") UUID patientId) {
        HomeRecordView view = records.record(patientId).map(CaseloadMapper::toView).orElseThrow(NotFoundException::new);
        return ETags.tagged(Response.ok(view), view.version());
    }

    @PUT
    @Path(PATIENT + "/home")
    @Operation(summary = "Set the patient's home record",
            description = "The first time without If-Match (201); then with If-Match naming the version it was made on (200). "
                    + "Assigning the nurse and social worker is for the team's clinicians and the coordinators.")
    @APIResponse(responseCode = "412", description = "The record changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "An edit of an existing record without If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "home-record")
    public Response putHomeRecord(@PathParam("patientId") UUID patientId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HomeRecordChange change) {
        Recorded<HomeRecordView> recorded = records.putRecord(patientId, change, ETags.editedVersion(ifMatch))
                .map(CaseloadMapper::toView);
        return ETags.tagged(answer(recorded, URI.create("/api/patients/" + patientId + "/home")), recorded.value().version());
    }

    @GET
    @Path(PATIENT + "/family-contacts")
    @Operation(summary = "The patient's family and other contacts, the primary caregiver first, a page at a time",
            description = "None for a patient the caller may not see. "
                    + "The primary caregiver first, then by name, then by id.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "family-contact")
    public Page<FamilyContactView> familyContacts(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(records.family(patientId, page), page, FamilyContact.CAREGIVER_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @PUT
    @Path(PATIENT + "/family-contacts/{contactId}")
    @Operation(summary = "Add a family contact under the client's id (201), or change one with If-Match (200)")
    @APIResponse(responseCode = "412", description = "The contact changed since the version in If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "family-contact")
    public Response putFamilyContact(@PathParam("patientId") UUID patientId, @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FamilyContactChange change) {
        Recorded<FamilyContactView> recorded = records.putContact(patientId, contactId, change,
                ETags.editedVersion(ifMatch)).map(CaseloadMapper::toView);
        return ETags.tagged(answer(recorded, URI.create("/api/patients/" + patientId + "/family-contacts/" + contactId)),
                recorded.value().version());
    }

    @DELETE
    @Path(PATIENT + "/family-contacts/{contactId}")
    @Operation(summary = "Remove a family contact, with If-Match; removing one already gone succeeds")
    @APIResponse(responseCode = "204", description = "Removed, or already gone")
    @Audited(value = AuditAction.DELETE, resource = "family-contact")
    public Response deleteFamilyContact(@PathParam("patientId") UUID patientId, @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        records.deleteContact(patientId, contactId, ETags.editedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path(PATIENT + "/family-support")
    @Operation(summary = "The support given to the patient's family, siblings included, the most recent first, a page "
            + "at a time",
            description = "None for a patient the caller may not see. "
                    + "Ordered by when it occurred, the latest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of family support")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "family-support")
    public Page<FamilySupportView> familySupport(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(records.familySupport(patientId, page), page, FamilySupport.MOST_RECENT_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @POST
    @Path(PATIENT + "/family-support")
    @Operation(summary = "Record support given to the family: a visit in person, or a contact by phone or video",
            description = "201 when recorded; 200 with the first record when this id was recorded before.")
    @Audited(value = AuditAction.CREATE, resource = "family-support")
    public Response recordFamilySupport(@PathParam("patientId") UUID patientId, @Valid @NotNull FamilySupportRecording recording) {
        Recorded<FamilySupportView> recorded = records.recordSupport(patientId, recording).map(CaseloadMapper::toView);
        return recorded.answer(recorded.value(), URI.create("/api/patients/" + patientId + "/family-support/" + recording.id()));
    }

    @GET
    @Path(PATIENT + "/concerns")
    @Operation(summary = "The patient's open concerns, the oldest first, a page at a time",
            description = "None for a patient the caller may not see. "
                    + "Ordered by when the concern was raised, the earliest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of concerns")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "concern")
    public Page<ConcernView> openConcerns(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(records.openConcerns(patientId, page), page, PatientConcern.OLDEST_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @PUT
    @Path(PATIENT + "/concerns/{concernId}")
    @Operation(summary = "Raise a concern under the client's id (201), or change or resolve one with If-Match (200)")
    @APIResponse(responseCode = "412", description = "The concern changed since the version in If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "concern")
    public Response putConcern(@PathParam("patientId") UUID patientId, @PathParam("concernId") UUID concernId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConcernRecording recording) {
        Recorded<ConcernView> recorded = records.putConcern(patientId, concernId, recording,
                ETags.editedVersion(ifMatch)).map(CaseloadMapper::toView);
        return ETags.tagged(answer(recorded, URI.create("/api/patients/" + patientId + "/concerns/" + concernId)),
                recorded.value().version());
    }

    @GET
    @Path(PATIENT + "/notes")
    @Operation(summary = "The team's notes about the patient, the most recent first, a page at a time",
            description = "None for a patient the caller may not see. "
                    + "Ordered by when the note was written, the latest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of notes")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "note")
    public Page<NoteView> notes(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(clinical.notes(patientId, page), page, ClinicalNote.MOST_RECENT_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @PUT
    @Path(PATIENT + "/notes/{noteId}")
    @Operation(summary = "Write a note under the client's id (201), or rewrite one's own with If-Match (200)")
    @APIResponse(responseCode = "412", description = "The note changed since the version in If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "note")
    public Response putNote(@PathParam("patientId") UUID patientId, @PathParam("noteId") UUID noteId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull NoteRecording recording) {
        Recorded<NoteView> recorded = clinical.putNote(patientId, noteId, recording, ETags.editedVersion(ifMatch))
                .map(CaseloadMapper::toView);
        return ETags.tagged(answer(recorded, URI.create("/api/patients/" + patientId + "/notes/" + noteId)),
                recorded.value().version());
    }

    @DELETE
    @Path(PATIENT + "/notes/{noteId}")
    @Operation(summary = "Delete one's own note, with If-Match; deleting one already gone succeeds")
    @APIResponse(responseCode = "204", description = "Deleted, or already gone")
    @Audited(value = AuditAction.DELETE, resource = "note")
    public Response deleteNote(@PathParam("patientId") UUID patientId, @PathParam("noteId") UUID noteId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        clinical.deleteNote(patientId, noteId, ETags.editedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path(PATIENT + "/home-assessments")
    @Operation(summary = "The symptom assessments made at home (ESAS-r, PPS), the most recent first, a page at a time",
            description = "None for a patient the caller may not see. "
                    + "Ordered by when the patient was assessed, the latest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "assessment")
    public Page<AssessmentView> assessments(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(clinical.assessments(patientId, page), page, HomeAssessment.MOST_RECENT_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @PUT
    @Path(PATIENT + "/home-assessments/{assessmentId}")
    @Operation(summary = "Record an assessment under the client's id (201), or correct one with If-Match (200)")
    @APIResponse(responseCode = "412", description = "The assessment changed since the version in If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "assessment")
    public Response putAssessment(@PathParam("patientId") UUID patientId, @PathParam("assessmentId") UUID assessmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AssessmentRecording recording) {
        Recorded<AssessmentView> recorded = clinical.putAssessment(patientId, assessmentId, recording,
                ETags.editedVersion(ifMatch)).map(CaseloadMapper::toView);
        return ETags.tagged(answer(recorded, URI.create("/api/patients/" + patientId + "/home-assessments/" + assessmentId)),
                recorded.value().version());
    }

    private static Response.ResponseBuilder answer(Recorded<?> recorded, URI location) {
        return recorded.answering(recorded.value(), location);
    }
}
