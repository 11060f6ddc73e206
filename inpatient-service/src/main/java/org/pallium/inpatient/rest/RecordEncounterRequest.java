package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.events.EsasItem;
import org.pallium.inpatient.repository.EncounterKind;
import org.pallium.inpatient.repository.EncounterParticipant;
import org.pallium.inpatient.repository.InterventionKind;
import org.pallium.platform.scales.EsasRInput;
import org.pallium.platform.scales.PpsLevel;

/** An encounter the team had with a consult patient: the initial consult, or a daily follow-up. */
public record RecordEncounterRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the encounter already recorded")
        UUID id,
        @NotNull @Schema(description = "The consult's first encounter is its INITIAL_CONSULT; every later one a FOLLOW_UP")
        EncounterKind kind,
        @NotBlank @Size(max = 200) @Schema(description = "The clinician who led the encounter") String clinician,
        @NotNull @Schema(description = "The discipline of the clinician who led it") Discipline discipline,
        @NotNull @PastOrPresent @Schema(description = "Not before the consult was requested, and a follow-up not before "
                + "the initial consult") Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes,
        @Size(max = 9) @Schema(description = "Every discipline present, the leading one included; the leading one when left out")
        List<@NotNull Discipline> disciplinesPresent,
        @Size(max = 3) @Schema(description = "Who took part besides the team") List<@NotNull EncounterParticipant> participants,
        @Size(max = 50) @Schema(description = "What the team did or advised, recommendations to the primary team among them")
        List<@NotNull @Valid Intervention> interventions,
        @Valid @Schema(description = "The ESAS-r assessed at the encounter, if one was") EsasRInput esas,
        @PpsLevel @Schema(description = "The PPS level assessed at the encounter, if one was: 0 to 100 in steps of 10",
                minimum = "0", maximum = "100", multipleOf = 10) Integer pps) {

    public record Intervention(
            @NotNull InterventionKind kind,
            @Schema(description = "The ESAS-r symptom it addresses, if one of them") EsasItem symptom,
            @NotBlank @Size(max = 2000) @Schema(example = "Rotate morphine to hydromorphone 2 mg PO q4h PRN") String description,
            @Schema(description = "A recommendation to the patient's primary team, which orders it") boolean toPrimaryTeam) {
    }
}
