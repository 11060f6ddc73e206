package org.pallium.inpatient.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.CareTeamRole;

/** The consult's whole care team: it replaces the team the consult had. */
public record AssignCareTeamRequest(@NotNull @Size(max = 30) List<@NotNull @Valid Member> members) {

    public record Member(
            @NotBlank @Size(max = 200) @Schema(description = "The member's Pallium user id, as their sign-in names them; "
                    + "the census filters by it", example = "dr-rosa-lind") String member,
            @NotBlank @Size(max = 200) @Schema(example = "Dr. Rosa Lind") String name,
            @NotNull Discipline discipline,
            @NotNull @Schema(description = "LEAD for the member who leads the consult, at most one") CareTeamRole role) {
    }
}
