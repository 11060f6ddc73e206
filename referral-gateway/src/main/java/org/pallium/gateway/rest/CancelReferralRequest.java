package org.pallium.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why the referrer withdraws a referral. It travels in the body, not the URL: it may be clinical,
 * and URLs end up in access logs.
 */
public record CancelReferralRequest(
        @NotBlank @Size(max = 1000) @Schema(description = "FHIR Task.statusReason, in the referrer's words") String reason) {
}
