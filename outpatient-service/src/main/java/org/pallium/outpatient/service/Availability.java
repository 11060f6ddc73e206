package org.pallium.outpatient.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pallium.outpatient.repository.ScheduleException;
import org.pallium.outpatient.repository.WorkingHours;
import org.pallium.platform.problem.ProblemException;

/**
 * When a clinician sees patients: the blocks of their weekly template, as local times in the
 * clinic's zone on each date, less their exceptions and the clinic's. The one place that decides
 * both whether an appointment may be booked at a time and which slots are free, so that a slot the
 * search offers is one a booking accepts.
 */
final class Availability {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd HH:mm");

    private record Block(LocalTime start, LocalTime end) {

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    /** One block on one date. */
    private record Period(Instant start, Instant end) {

        boolean contains(Instant from, Instant to) {
            return !from.isBefore(start) && !to.isAfter(end);
        }
    }

    private final String clinicianId;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Block>> week = new EnumMap<>(DayOfWeek.class);
    private final List<ScheduleException> exceptions;

    /**
     * @param template   the clinician's weekly hours; blocks of a day that touch are one
     * @param exceptions the clinician's and the clinic's exceptions over the time in question
     */
    Availability(String clinicianId, ZoneId zone, List<WorkingHours> template, List<ScheduleException> exceptions) {
        this.clinicianId = clinicianId;
        this.zone = zone;
        this.exceptions = List.copyOf(exceptions);
        template.stream().collect(Collectors.groupingBy(hours -> hours.dayOfWeek))
                .forEach((day, blocks) -> week.put(day, joined(blocks)));
    }

    /**
     * Why an appointment from {@code start} to {@code end} cannot be booked with the clinician, if it
     * cannot: it does not fit in one block of their hours on its day, or an exception overlaps it.
     */
    Optional<ProblemException> refusal(Instant start, Instant end) {
        LocalDate date = start.atZone(zone).toLocalDate();
        if (periodsOn(date).stream().noneMatch(period -> period.contains(start, end))) {
            List<Block> blocks = week.getOrDefault(date.getDayOfWeek(), List.of());
            String hours = blocks.isEmpty() ? "no hours on " + date.getDayOfWeek()
                    : "hours on " + date.getDayOfWeek() + " " + blocks.stream().map(Block::toString).collect(Collectors.joining(", "));
            return Optional.of(new ProblemException(422, "Outside the clinician's hours",
                    "Clinician " + clinicianId + " has " + hours + " (" + zone + "); the appointment from "
                            + local(start) + " to " + local(end) + " does not fit in them"));
        }
        return exceptions.stream().filter(exception -> exception.overlaps(start, end)).findFirst()
                .map(exception -> exception.clinicWide()
                        ? new ProblemException(422, "Clinic closed", "The clinic is closed (" + exception.kind + ") from "
                                + local(exception.startsAt) + " to " + local(exception.endsAt) + " (" + zone + ")")
                        : new ProblemException(422, "Clinician unavailable", "Clinician " + clinicianId + " is away ("
                                + exception.kind + ") from " + local(exception.startsAt) + " to " + local(exception.endsAt)
                                + " (" + zone + ")"));
    }

    /**
     * The starts of the appointments of {@code length} the clinician's hours allow from {@code from} to
     * {@code to} (both dates included), on a grid: each block's start, then every {@code grid} while the
     * appointment still ends within the block; none overlapping an exception, none before {@code notBefore}.
     */
    List<Instant> starts(LocalDate from, LocalDate to, Duration length, Duration grid, Instant notBefore) {
        List<Instant> starts = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (Period period : periodsOn(date)) {
                for (Instant start = period.start(); !start.plus(length).isAfter(period.end()); start = start.plus(grid)) {
                    if (!start.isBefore(notBefore) && !excepted(start, start.plus(length))) {
                        starts.add(start);
                    }
                }
            }
        }
        return starts;
    }

    private boolean excepted(Instant start, Instant end) {
        return exceptions.stream().anyMatch(exception -> exception.overlaps(start, end));
    }

    private List<Period> periodsOn(LocalDate date) {
        return week.getOrDefault(date.getDayOfWeek(), List.of()).stream()
                .map(block -> new Period(ZonedDateTime.of(date, block.start(), zone).toInstant(),
                        ZonedDateTime.of(date, block.end(), zone).toInstant()))
                .toList();
    }

    private String local(Instant instant) {
        return LOCAL.format(instant.atZone(zone));
    }

    /** A day's blocks in order, those that touch joined into one. */
    private static List<Block> joined(List<WorkingHours> hours) {
        List<Block> blocks = new ArrayList<>();
        hours.stream().sorted(WorkingHours.IN_WEEK_ORDER).forEach(next -> {
            Block last = blocks.isEmpty() ? null : blocks.getLast();
            if (last != null && !next.startsAt.isAfter(last.end())) {
                blocks.set(blocks.size() - 1, new Block(last.start(), next.endsAt.isAfter(last.end()) ? next.endsAt : last.end()));
            } else {
                blocks.add(new Block(next.startsAt, next.endsAt));
            }
        });
        return blocks;
    }
}
