package org.pallium.gateway.mapping.fhir;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.pallium.gateway.mapping.KeysetCursor;
import org.pallium.gateway.mapping.TimelineMapper;
import org.pallium.gateway.mapping.fhir.RecordResources.RecordType;
import org.pallium.gateway.repository.EntryMatch;
import org.pallium.gateway.repository.RecordFilter;
import org.pallium.gateway.repository.RecordPosition;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.service.PatientRecords;
import org.pallium.platform.problem.Problem;
import org.pallium.platform.problem.ProblemException;

/**
 * {@code Patient/$everything}: its parameters, and the searchset Bundle of a page. A page holds up
 * to {@code _count} records, newest first by clinical time; the first page also includes the
 * Patient, whom every record refers to. {@code next} resumes after the last record shown, so that
 * following it reaches the oldest record, each once, whatever arrives meanwhile.
 */
public final class PatientEverything {

    /** The page size when {@code _count} is absent; more than {@link PatientRecords#MAX_PAGE} reads as that. */
    public static final int DEFAULT_COUNT = 100;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * A request of {@code $everything}.
     *
     * @param withPatient whether the Patient is shown ({@code _type} names it, or is absent)
     * @param count       how many records a page holds at most
     */
    public record Request(Set<RecordType> types, boolean withPatient, RecordFilter filter, int count) {
    }

    private PatientEverything() {
    }

    /**
     * The request of the operation's parameters: {@code _type} (resource types, repeated or
     * comma-separated; a type the record never holds, such as MedicationRequest, matches nothing),
     * {@code _since} (an instant: records with an event recorded since), {@code start} and {@code
     * end} (care dates, inclusive: a date, a month or a year), {@code _count}.
     *
     * @throws ProblemException 400 naming each parameter whose value is not one of these
     */
    public static Request toRequest(List<String> typeValues, String since, String start, String end, String count) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> named = new HashSet<>();
        typeValues.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(value -> !value.isEmpty())
                .forEach(value -> {
                    if (isResourceType(value)) {
                        named.add(value);
                    } else {
                        violations.add(Problem.Violation.inParameter("_type", "'" + value + "' is no FHIR R4 resource type"));
                    }
                });
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        Arrays.stream(RecordType.values()).filter(type -> named.isEmpty() || named.contains(type.resourceType())).forEach(types::add);
        Optional<Instant> sinceInstant = instant("_since", since, violations);
        Optional<Instant> from = date("start", start, violations).map(Period::from);
        Optional<Instant> to = date("end", end, violations).map(Period::until);
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            violations.add(Problem.Violation.inParameter("end", "must not be before start"));
        }
        int pageSize = pageSize(count, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid $everything parameter",
                    "A parameter of Patient/$everything has a value it does not take", violations);
        }
        List<EntryMatch> bearers = types.stream().flatMap(type -> type.bearers().stream()).toList();
        return new Request(types, named.isEmpty() || named.contains("Patient"), new RecordFilter(bearers, sinceInstant, from, to),
                pageSize);
    }

    /**
     * The position a cursor of this operation points at.
     *
     * @throws ProblemException 400 when the operation did not give it out
     */
    public static Optional<RecordPosition> decodeCursor(String cursor) {
        return KeysetCursor.decode(cursor, position -> {
            String[] tieBreak = position.tieBreak().split("\\.", 2);
            return new RecordPosition(position.at(), Long.parseLong(tieBreak[0]), Integer.parseInt(tieBreak[1]));
        });
    }

    /**
     * The page's searchset Bundle.
     *
     * @param base     the gateway's base URI, against which its own links resolve
     * @param fhirBase the FHIR endpoint's base URL, ending in {@code /}
     * @param self     the request's URI, which {@code next} repeats with the cursor replaced
     */
    public static Bundle toBundle(PatientRecords.Page page, Request request, Optional<RecordPosition> at, URI base,
            String fhirBase, URI self) {
        RecordResources records = new RecordResources(page, request.types(), base);
        List<Shown> shown = new ArrayList<>();
        List<TimelineEntry> bearing = page.bearing();
        for (TimelineEntry entry : bearing) {
            List<Resource> resources = records.of(entry);
            int skipped = at.filter(position -> position.shown() > 0 && position.arrival() == entry.arrival)
                    .map(RecordPosition::shown).orElse(0);
            for (int index = skipped; index < resources.size(); index++) {
                shown.add(new Shown(entry, index, resources.size(), resources.get(index)));
            }
        }
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.SEARCHSET);
        bundle.getMeta().setLastUpdated(new Date());
        bundle.addLink().setRelation("self").setUrl(self.toString());
        if (shown.size() > request.count()) {
            Shown last = shown.get(request.count() - 1);
            String cursor = KeysetCursor.encode(last.entry().occurredAt,
                    last.entry().arrival + "." + (last.index() + 1 == last.of() ? 0 : last.index() + 1));
            bundle.addLink().setRelation("next").setUrl(TimelineMapper.nextLink(self, cursor).toString());
        }
        if (at.isEmpty() && request.withPatient()) {
            org.hl7.fhir.r4.model.Patient patient = FhirPatients.of(page.patient());
            patient.setId(page.patient().id.toString());
            patient.getMeta().setLastUpdated(Date.from(page.patient().updatedAt));
            bundle.addEntry().setFullUrl(fhirBase + "Patient/" + patient.getIdPart()).setResource(patient).getSearch()
                    .setMode(SearchEntryMode.INCLUDE);
        }
        shown.stream().limit(request.count()).map(Shown::resource).forEach(resource -> bundle.addEntry()
                .setFullUrl(fhirBase + resource.fhirType() + "/" + resource.getIdPart()).setResource(resource).getSearch()
                .setMode(SearchEntryMode.MATCH));
        return bundle;
    }

    /** A record on a page: the {@code index}th of the {@code of} that its entry bears. */
    private record Shown(TimelineEntry entry, int index, int of, Resource resource) {
    }

    /** A care date as FHIR writes a date: a year, a month, or a day, each a span of time in UTC. */
    private record Period(Instant from, Instant until) {
    }

    private static boolean isResourceType(String name) {
        try {
            ResourceType.fromCode(name);
            return true;
        } catch (FHIRException e) {
            return false;
        }
    }

    private static Optional<Instant> instant(String parameter, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException e) {
            violations.add(Problem.Violation.inParameter(parameter,
                    "'" + value + "' is no FHIR instant, such as 2026-03-01T08:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<Period> date(String parameter, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (YEAR.matcher(value).matches()) {
                Year year = Year.parse(value);
                return Optional.of(new Period(startOf(year.atDay(1)), startOf(year.plusYears(1).atDay(1))));
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(new Period(startOf(month.atDay(1)), startOf(month.plusMonths(1).atDay(1))));
            }
            LocalDate day = LocalDate.parse(value);
            return Optional.of(new Period(startOf(day), startOf(day.plusDays(1))));
        } catch (DateTimeException e) {
            violations.add(Problem.Violation.inParameter(parameter,
                    "'" + value + "' is no FHIR date: a day (2026-03-01), a month (2026-03) or a year (2026)"));
            return Optional.empty();
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static int pageSize(String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count >= 1) {
                return Math.min(count, PatientRecords.MAX_PAGE);
            }
        } catch (NumberFormatException e) {
            // reported below, as a count under 1 is
        }
        violations.add(Problem.Violation.inParameter("_count", "'" + value + "' is no whole number from 1 (pages hold"
                + " at most " + PatientRecords.MAX_PAGE + " records: a larger count reads as " + PatientRecords.MAX_PAGE + ")"));
        return DEFAULT_COUNT;
    }
}
