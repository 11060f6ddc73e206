package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.events.EsasItem;
import org.pallium.outpatient.repository.ComfortTechnique;
import org.pallium.outpatient.repository.InterventionKind;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.platform.scales.EsasRInput;
import org.pallium.platform.scales.PpsLevel;

/** A visit the clinic had with a referred patient, in the clinic or by video. */
public record RecordVisitRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the visit already recorded")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @NotNull VisitType visitType,
        @NotBlank @Size(max = 200) String clinician,
        @NotNull Discipline discipline,
        @NotNull @PastOrPresent Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes,
        @Valid @Schema(description = "What the visit focused on; none when left out") Focus focus,
        @Valid @Schema(description = "The ESAS-r assessed at the visit, if one was") EsasRInput esas,
        @PpsLevel @Schema(description = "The PPS level assessed at the visit, if one was: 0 to 100 in steps of 10",
                minimum = "0", maximum = "100", multipleOf = 10) Integer pps,
        @Size(max = 50) @Schema(description = "What the clinic recommended, taught or explained")
        List<@NotNull @Valid Intervention> interventions,
        @Size(min = 1, max = 4000) @Schema(description = "The plan agreed with the patient") String plan,
        @FollowUpInterval @Schema(description = "When the patient is to be seen again, after this visit: an ISO-8601 "
                + "period from one day to one year; answered in days, months and years (P2W reads P14D)",
                example = "P14D") String followUpAfter) {

    public record Focus(
            @Size(max = 9) @Schema(description = "The ESAS-r symptoms the visit focused on")
            List<@NotNull EsasItem> symptoms,
            @Size(max = 10) @Schema(description = "Other concerns, in the clinician's words",
                    example = "[\"constipation\", \"stress of living with the illness\"]")
            List<@NotBlank @Size(max = 200) String> others) {
    }

    public record Intervention(
            @NotNull InterventionKind kind,
            @Schema(description = "The technique taught: required for a COMFORT_TECHNIQUE, absent for the others")
            ComfortTechnique technique,
            @Schema(description = "The ESAS-r symptom it addresses, if one of them") EsasItem symptom,
            @NotBlank @Size(max = 2000) @Schema(example = "Start senna 15 mg at night while on morphine")
            String description) {

        @AssertTrue(message = "a COMFORT_TECHNIQUE names its technique, and only it does")
        @Schema(hidden = true)
        public boolean isTechniqueNamedForAComfortTechnique() {
            return kind == null || (kind == InterventionKind.COMFORT_TECHNIQUE) == (technique != null);
        }
    }
}
