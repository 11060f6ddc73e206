package org.pallium.platform.lifecycle;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralOutcome;

/**
 * The bodies of the lifecycle steps. Each names the clinician who takes the step, until the
 * services authenticate their callers. Reasons travel in the body, not the URL: they may be
 * clinical, and URLs end up in access logs.
 */
public final class LifecycleRequests {

    private static final String CLINICIAN = "The clinician taking this step, as the team names them";

    private LifecycleRequests() {
    }

    public record AcceptReferral(@NotBlank @Size(max = 200) @Schema(description = CLINICIAN) String clinician) {
    }

    public record RejectReferral(
            @NotBlank @Size(max = 200) @Schema(description = CLINICIAN) String clinician,
            @NotBlank @Size(max = 1000) @Schema(description = "Why the team declines the referral (FHIR Task.statusReason)")
            String reason) {
    }

    public record ScheduleReferral(
            @NotBlank @Size(max = 200) @Schema(description = CLINICIAN) String clinician,
            @NotNull @Schema(description = "When the first visit is to take place") Instant firstVisitAt) {
    }

    public record ConcludeReferral(
            @NotBlank @Size(max = 200) @Schema(description = CLINICIAN) String clinician,
            @NotNull @Schema(description = "COMPLETED once the care was given (after the first visit); CLOSED when the "
                    + "referral ends without it") ReferralOutcome outcome,
            @NotBlank @Size(max = 1000) @Schema(description = "Why the care ends") String reason) {
    }

    public record TransferReferral(
            @NotBlank @Size(max = 200) @Schema(description = CLINICIAN) String clinician,
            @NotNull @Schema(description = "The setting that takes the patient on; not this one") CareSetting toSetting,
            @NotBlank @Size(max = 1000) @Schema(description = "Why the patient moves, for the team that takes them on")
            String reason) {
    }
}
