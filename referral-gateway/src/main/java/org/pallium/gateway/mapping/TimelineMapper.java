package org.pallium.gateway.mapping;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pallium.events.Discipline;
import org.pallium.events.EventType;
import org.pallium.gateway.repository.TimelineFilter;
import org.pallium.gateway.repository.TimelinePosition;
import org.pallium.gateway.repository.TimelineRow;
import org.pallium.gateway.rest.TimelinePage;
import org.pallium.gateway.service.RecordLinks;
import org.pallium.platform.problem.Problem;
import org.pallium.platform.problem.ProblemException;

/** Between the timeline read model and its API: the filters, and the opaque paging cursor. */
public final class TimelineMapper {

    /** The settings a timeline is filtered by, as FHIR Encounter classes. */
    private static final List<String> SETTINGS = List.of("IMP", "AMB", "HH", "VR");
    private static final String TYPE_PREFIX = "org.pallium.";

    private TimelineMapper() {
    }

    /**
     * A page of {@code rows}, read one beyond {@code limit}: when that one is there, {@code next}
     * points after the page's last entry.
     *
     * @param base     the gateway's base URI, against which links to its own records resolve
     * @param nextLink builds the link to the page after a cursor
     */
    public static TimelinePage toPage(UUID patientId, List<TimelineRow> rows, int limit, URI base,
            Function<String, URI> nextLink) {
        List<TimelineRow> entries = rows.subList(0, Math.min(rows.size(), limit));
        String cursor = rows.size() > limit
                ? KeysetCursor.encode(entries.getLast().occurredAt(), Long.toString(entries.getLast().arrival()))
                : null;
        String links = base.toString();
        return new TimelinePage(patientId, entries.stream().map(entry -> toEntry(entry, links)).toList(),
                cursor == null ? null : nextLink.apply(cursor), cursor);
    }

    /**
     * The link to the page after {@code cursor}: the request's own URI, its filters and limit kept
     * byte for byte as the client encoded them, with the cursor replaced.
     */
    public static URI nextLink(URI request, String cursor) {
        String kept = request.getRawQuery() == null ? "" : Arrays.stream(request.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals("cursor") && !parameter.startsWith("cursor="))
                .map(parameter -> parameter + "&").collect(Collectors.joining());
        return URI.create(request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath() + "?" + kept
                + "cursor=" + cursor);
    }

    private static TimelinePage.Entry toEntry(TimelineRow entry, String base) {
        return new TimelinePage.Entry(entry.eventId(), entry.occurredAt(), entry.setting(), entry.encounterClass(),
                entry.eventType(), entry.title(), entry.actor(), entry.discipline(),
                RecordLinks.absolute(base, entry.sourceUrl()));
    }

    /**
     * The position a timeline cursor points after.
     *
     * @throws ProblemException 400 when the cursor was not made by the timeline
     */
    public static Optional<TimelinePosition> decodeCursor(String cursor) {
        return KeysetCursor.decode(cursor, position -> new TimelinePosition(position.at(), Long.parseLong(position.tieBreak())));
    }

    /**
     * The filter of the query parameters, each value repeated or comma-separated: {@code setting}
     * (IMP, AMB, HH, VR), {@code type} (a CloudEvents type, or its short form without
     * {@code org.pallium.} and the version, such as {@code visit.completed}), {@code discipline}
     * (such as NURSE), {@code from} and {@code to} (an instant, or a date meaning its start in UTC).
     *
     * @throws ProblemException 400 naming each parameter whose value is none of these
     */
    public static TimelineFilter toFilter(List<String> settings, List<String> types, List<String> disciplines,
            String from, String to) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> settingCodes = parse("setting", settings, value -> Optional.of(value.toUpperCase(Locale.ROOT))
                .filter(SETTINGS::contains), "is none of " + String.join(", ", SETTINGS), violations);
        Set<String> typeNames = parse("type", types, TimelineMapper::typeName,
                "is no event type, such as org.pallium.visit.completed.v2 or visit.completed", violations);
        Set<Discipline> disciplineValues = parse("discipline", disciplines, TimelineMapper::discipline,
                "is none of " + Arrays.stream(Discipline.values()).map(Discipline::name).collect(Collectors.joining(", ")),
                violations);
        Optional<Instant> fromInstant = instant("from", from, violations);
        Optional<Instant> toInstant = instant("to", to, violations);
        if (fromInstant.isPresent() && toInstant.isPresent() && !toInstant.get().isAfter(fromInstant.get())) {
            violations.add(Problem.Violation.inParameter("to", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid timeline filter",
                    "A filter of the timeline has a value it does not know", violations);
        }
        return new TimelineFilter(settingCodes, typeNames, disciplineValues, fromInstant, toInstant);
    }

    /** Each value of a repeated, comma-separated parameter, read by {@code read}; a violation for each it cannot. */
    private static <T> Set<T> parse(String parameter, Collection<String> values, Function<String, Optional<T>> read,
            String unknown, List<Problem.Violation> violations) {
        Set<T> parsed = new HashSet<>();
        values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(value -> !value.isEmpty())
                .forEach(value -> read.apply(value).ifPresentOrElse(parsed::add,
                        () -> violations.add(Problem.Violation.inParameter(parameter, "'" + value + "' " + unknown))));
        return parsed;
    }

    /** The CloudEvents type a type filter names, in full or by its short form, such as visit.completed. */
    private static Optional<String> typeName(String value) {
        return Arrays.stream(EventType.values()).map(EventType::typeName)
                .filter(name -> name.equals(value) || shortForm(name).equals(value)).findFirst();
    }

    /** A type without its prefix and version: org.pallium.visit.completed.v2 is visit.completed. */
    private static String shortForm(String typeName) {
        return typeName.substring(TYPE_PREFIX.length()).replaceFirst("\\.v\\d+$", "");
    }

    private static Optional<Discipline> discipline(String value) {
        return Arrays.stream(Discipline.values()).filter(discipline -> discipline.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    private static Optional<Instant> instant(String parameter, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            violations.add(Problem.Violation.inParameter(parameter,
                    "'" + value + "' is no instant (2026-03-01T08:00:00Z) nor date (2026-03-01)"));
            return Optional.empty();
        }
    }
}
