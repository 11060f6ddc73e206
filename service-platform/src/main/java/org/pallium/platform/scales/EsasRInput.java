package org.pallium.platform.scales;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;

/**
 * An ESAS-r form as an API takes it, in every setting: each score is checked against the scale,
 * and a form that passes becomes an {@link EsasR}.
 */
@Schema(description = "ESAS-r: each of the nine symptoms from 0 (none) to 10 (worst possible), as the patient feels "
        + "now, an optional other problem scored the same way, and who completed the form")
public record EsasRInput(
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer pain,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer tiredness,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer drowsiness,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer nausea,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer lackOfAppetite,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer shortnessOfBreath,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer depression,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer anxiety,
        @NotNull @EsasScore @Schema(minimum = "0", maximum = "10") Integer wellbeing,
        @EsasScore @Schema(minimum = "0", maximum = "10", description = "The score of the other problem, if the form names one")
        Integer other,
        @Size(min = 1, max = 200) @Schema(description = "What the other problem is; sent exactly when `other` is")
        String otherProblem,
        @NotNull EsasCompletedBy completedBy) {

    @AssertTrue(message = "other and otherProblem go together: the score of the other problem, and what it is")
    @Schema(hidden = true)
    public boolean isOtherProblemNamedWithItsScore() {
        return (other == null) == (otherProblem == null || otherProblem.isBlank());
    }

    public EsasR toEsasR() {
        return new EsasR(pain, tiredness, drowsiness, nausea, lackOfAppetite, shortnessOfBreath, depression, anxiety,
                wellbeing, other, otherProblem, completedBy);
    }
}
