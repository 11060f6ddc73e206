package org.pallium.homevisit.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A nurse's scheduled visits over some days, given to a colleague while the nurse is off. */
public record Reassignment(
        @NotBlank @Size(max = 200) String from,
        @NotBlank @Size(max = 200) String to,
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @Size(max = 500) String reason) {
}
