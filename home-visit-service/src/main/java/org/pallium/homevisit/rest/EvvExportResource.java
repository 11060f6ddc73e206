package org.pallium.homevisit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.EvvCsv;
import org.pallium.homevisit.service.EvvExport;
import org.pallium.homevisit.service.EvvRecord;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Roles;

/**
 * The EVV export, for the programme's coordinators only: it holds where every patient of an agency
 * lives (the check-in positions) and their identifiers.
 */
@Path("/api/evv/export")
@Tag(name = "EVV export", description = "Electronic Visit Verification records per day and agency, in CSV or JSON")
@RolesAllowed(Roles.COORDINATOR)
public class EvvExportResource {

    static final String CSV = "text/csv";

    private final EvvExport export;

    EvvExportResource(EvvExport export) {
        this.export = export;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The EVV records of an agency's in-person visits begun on a day",
            description = "One record per IN_PROGRESS or COMPLETED in-person visit begun on `date` (a local day in "
                    + "pallium.home.time-zone) of a patient whom `agency` visits, the earliest first: visitId, serviceType "
                    + "(HCPCS, by discipline), patientId, patientIdentifierSystem and patientIdentifierValue (the EHR's), "
                    + "serviceDate (yyyy-MM-dd), providerId (the clinician's user id), discipline, beginTime and endTime "
                    + "(ISO-8601 UTC instants; endTime empty while in progress), checkIn and checkOut latitude, longitude "
                    + "(WGS 84 degrees), accuracyMeters and distanceMeters (from the patient's address), verificationStatus "
                    + "(VERIFIED, or EXCEPTION when any exception code applies) and exceptionCodes: CHECK_IN_ or "
                    + "CHECK_OUT_ followed by LOCATION_FAR_FROM_ADDRESS or ADDRESS_NOT_LOCATED; SERVICE_TYPE_MISSING; "
                    + "CHECK_IN_MISSING; CHECK_OUT_MISSING. JSON is an array of these records (exceptionCodes an array); "
                    + "CSV (RFC 4180, UTF-8, CRLF) has a header row of the same names in that order, empty fields for "
                    + "no value, and the exception codes joined with semicolons. Choose with Accept or with `format`, "
                    + "which wins; JSON unless CSV is asked for. Video, missed and cancelled visits are not reported. "
                    + "See docs/evv-export.md.")
    @APIResponse(responseCode = "200", description = "The records",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvvRecord.class, type = SchemaType.ARRAY)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A missing or invalid date, agency or format")
    @Audited(value = AuditAction.SEARCH, resource = "evv-record")
    public Response export(@QueryParam("date") @NotNull @Parameter(description = "The day, yyyy-MM-dd") String date,
            @QueryParam("agency") @NotBlank @Parameter(description = "The home health agency, as the patients' home "
                    + "records name it") String agency,
            @QueryParam("format") @Pattern(regexp = "csv|json") @Parameter(description = "csv or json, instead of Accept")
            String format,
            @Context HttpHeaders headers) {
        List<EvvRecord> records = export.of(day(date), agency);
        if (wantsCsv(format, headers)) {
            return Response.ok(EvvCsv.write(records), CSV + "; charset=UTF-8; header=present")
                    .header("Content-Disposition", "attachment; filename=\"evv-" + date + ".csv\"").build();
        }
        return Response.ok(records, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Invalid date", "date is a day, yyyy-MM-dd");
        }
    }

    /** CSV when {@code format} says so, or when Accept prefers CSV to JSON; JSON otherwise. */
    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return format.equals("csv");
        }
        MediaType csv = MediaType.valueOf(CSV);
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(csv) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .findFirst().map(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(csv))
                .orElse(false);
    }
}
