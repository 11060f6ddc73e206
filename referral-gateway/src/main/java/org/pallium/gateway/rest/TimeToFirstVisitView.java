package org.pallium.gateway.rest;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;

/** The time from referral to first palliative visit, by month and setting. */
@Schema(description = "The time from referral to first palliative visit, by the month the referral was submitted in "
        + "(in the programme's zone) and by setting")
public record TimeToFirstVisitView(
        @Schema(description = "The first month, YYYY-MM", example = "2026-01") String from,
        @Schema(description = "The last month, YYYY-MM, included", example = "2026-06") String to,
        @Schema(description = "The programme's time zone, in which a referral's month is counted", example = "America/Chicago")
        ZoneId zone,
        @Schema(description = "Each month from `from` to `to`, and in it each setting (INPATIENT, OUTPATIENT, HOME), "
                + "the earliest month first; a month without referrals has zeros")
        List<SettingMonth> months) {

    /** One setting's referrals submitted in one month. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SettingMonth(
            @Schema(description = "YYYY-MM", example = "2026-03") String month,
            CareSetting setting,
            @Schema(description = "The referrals submitted in the month to the setting") long referrals,
            @Schema(description = "Those whose first visit has taken place, whenever it did") long seen,
            @Schema(description = "Those not seen yet and not ended") long stillWaiting,
            @Schema(description = "Those that ended before a visit: rejected, cancelled, concluded, or transferred to "
                    + "another setting (where the referral the transfer opened counts, in the month of the transfer)")
            long notToBeSeen,
            @Schema(description = "The median hours from submission to the start of the first visit, of the referrals "
                    + "seen, to two decimals; absent when none was seen", example = "26.5")
            BigDecimal p50Hours,
            @Schema(description = "The 75th percentile, in hours; absent when none was seen") BigDecimal p75Hours,
            @Schema(description = "The 90th percentile, in hours; absent when none was seen") BigDecimal p90Hours) {
    }
}
