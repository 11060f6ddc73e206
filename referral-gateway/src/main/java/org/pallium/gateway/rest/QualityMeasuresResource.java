package org.pallium.gateway.rest;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.config.QualityConfig;
import org.pallium.gateway.mapping.QualityMapper;
import org.pallium.gateway.repository.QualityPatient;
import org.pallium.gateway.service.QualityMeasuresService;
import org.pallium.gateway.service.QualityMeasuresService.Worklist;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Roles;

/**
 * The programme's quality measures, for the palliative team: how soon referred patients are seen,
 * and the patients with advanced cancer still waiting to be seen. The time to first visit is counts
 * and percentiles, no patient, which the clinicians of every setting and the coordinators read; the
 * worklist names patients, so a clinician sees those on their setting's census, a coordinator
 * everyone. Both are audited as searches: the entry names the caller and no patient.
 */
@Path("/api/quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality measures", description = "How soon palliative care sees the patients referred to it")
public class QualityMeasuresResource {

    /** A month as a query parameter takes it. */
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    /** The most months one request reads: ten years. */
    private static final int MAX_MONTHS = 120;
    /** The months read when none are given: the current one and the eleven before it. */
    private static final int DEFAULT_MONTHS = 12;

    private final QualityMeasuresService quality;
    private final QualityConfig config;

    QualityMeasuresResource(QualityMeasuresService quality, QualityConfig config) {
        this.quality = quality;
        this.config = config;
    }

    @GET
    @Path("/time-to-first-visit")
    @Operation(summary = "The time from referral to first palliative visit, by month and setting",
            description = "For each month from `from` to `to` (both included; by default the last twelve, the current one "
                    + "included) and each setting: the referrals submitted in the month, in the programme's time zone "
                    + "(pallium.quality.zone, America/Chicago unless configured), how many have been seen, are still "
                    + "waiting, or ended before a visit; and the 50th, 75th and 90th percentiles of the hours from "
                    + "submission to the start of the first visit, of those seen. A referral counts in the month it was "
                    + "submitted in, even when its first visit came later. A consult asked for inside the hospital counts "
                    + "as an inpatient referral from when it was asked for. A transfer ends the referral it leaves (not "
                    + "to be seen there, unless it was seen); the referral it opens counts in the receiving setting, in "
                    + "the month of the transfer, from the transfer. Counts only, no patient.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(schema = @Schema(implementation = TimeToFirstVisitView.class)))
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM (a violation naming it), `from` after "
            + "`to`, or more than 120 months")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.SEARCH, resource = "quality-time-to-first-visit")
    public TimeToFirstVisitView timeToFirstVisit(
            @QueryParam("from") @Pattern(regexp = MONTH, message = "must be a month, YYYY-MM")
            @Parameter(description = "The first month, YYYY-MM; eleven months before `to` unless given") String from,
            @QueryParam("to") @Pattern(regexp = MONTH, message = "must be a month, YYYY-MM")
            @Parameter(description = "The last month, YYYY-MM, included; the current month unless given") String to) {
        YearMonth last = to == null ? quality.currentMonth() : YearMonth.parse(to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1) : YearMonth.parse(from);
        if (first.isAfter(last)) {
            throw new ProblemException(400, "invalid-period", "Invalid period", "from must not be after to");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new ProblemException(400, "invalid-period", "Invalid period",
                    "At most " + MAX_MONTHS + " months at once");
        }
        return QualityMapper.toView(first, last, config.zone(), quality.timeToFirstVisit(first, last));
    }

    @GET
    @Path("/advanced-cancer-worklist")
    @Operation(summary = "The patients with advanced cancer not seen by palliative care within 8 weeks of diagnosis",
            description = "The patients whose referral (or hospital consult) sent a diagnosis of advanced cancer with its "
                    + "date, and whom palliative care has not seen yet under any referral, in any setting: overdue when the "
                    + "8 weeks (56 days) since the earliest such diagnosis have passed, due otherwise, with the last day "
                    + "within them (`seenBy`). Overdue first, then by that day, then by patient id; a page at a time "
                    + "(keyset paging: follow `next`). A patient once seen leaves the list, however late the visit was "
                    + "(the time to first visit counts it late). A coordinator sees every patient; a clinician the "
                    + "patients on their setting's census (a referral of theirs there has not ended).")
    @APIResponse(responseCode = "200", description = "A page of the worklist")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.SEARCH, resource = "quality-worklist")
    public Page<AdvancedCancerWorklistEntryView> advancedCancerWorklist(
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, after);
        Worklist worklist = quality.advancedCancerWorklist(page);
        return Page.of(worklist.patients(), page, QualityPatient.LONGEST_WAITING_FIRST::cursorOf,
                patient -> QualityMapper.toView(patient, worklist, uri.getBaseUri()));
    }
}
