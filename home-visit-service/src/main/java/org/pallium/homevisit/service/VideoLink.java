package org.pallium.homevisit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a video visit is held: made on the video platform, outside Pallium, and stored on the visit. */
public record VideoLink(
        @Schema(description = "The video platform, such as the health system's telehealth service")
        @NotBlank @Size(max = 100) String provider,
        @Schema(description = "The link patient and clinician join the visit by")
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "must be an https link") String joinUrl) {
}
