package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.Discipline;
import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitStatus;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * Every list is read a page at a time, after the cursor of the previous page's last item: a client
 * following {@code next} to the end sees each item once and skips none, however many records are
 * written meanwhile, and a page holds only what the caller may see yet is full whenever more follows.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class PagingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    HomeProgrammeConfig config;

    @Test
    void followingNextReadsEveryNoteOnceInOrderWhileNewerOnesArrive() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Note> notes = new ArrayList<>();
        for (Instant writtenAt : List.of(at, at.plusSeconds(60), at.plusSeconds(60), at.plusSeconds(60), at.minusSeconds(60))) {
            notes.add(writeNote(patientId, writtenAt));
        }
        List<String> newestFirst = notes.stream()
                .sorted(Comparator.comparing(Note::writtenAt).reversed().thenComparing(note -> note.id().toString()))
                .map(note -> note.id().toString()).toList();

        List<String> read = readToTheEnd(page -> given().queryParam("limit", 2).queryParam("after", page)
                .get("/api/patients/{id}/notes", patientId), 3, () -> writeNote(patientId, Instant.now()));

        assertThat(read).isEqualTo(newestFirst);
        given().get("/api/patients/{id}/notes", patientId).then().statusCode(200)
                .body("items", hasSize(6))
                .body("$", not(hasKey("next")));
    }

    @Test
    void familyContactsArePagedThePrimaryCaregiverFirstThenByName() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        UUID zoe = contact(patientId, "Zoë Martin", true);
        UUID adam = contact(patientId, "Adam Martin", false);
        UUID lea = contact(patientId, "Léa Martin", false);
        UUID otherAdam = contact(patientId, "Adam Martin", false);
        List<UUID> adams = inDatabaseOrder(adam, otherAdam);

        List<String> read = readToTheEnd(page -> given().queryParam("limit", 1).queryParam("after", page)
                .get("/api/patients/{id}/family-contacts", patientId), 4, () -> { });

        assertThat(read).containsExactly(zoe.toString(), adams.getFirst().toString(), adams.getLast().toString(),
                lea.toString());
    }

    @Test
    void aNursesCensusPagesHoldTheirCaseloadOnlyAndAreFullWheneverMoreFollow() {
        String nurse = user("nurse-ada");
        String colleague = user("nurse-bea");
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            theirs.add(fixtures().admitted(nurse).toString());
            fixtures().admitted(colleague);
        }
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        List<String> read = readToTheEnd(page -> as(token).queryParam("limit", 1).queryParam("after", page)
                .get("/api/admissions"), 3, () -> { }, "patientId");

        assertThat(read).isEqualTo(theirs.reversed());
    }

    @Test
    void aNursesDayIsPagedInRouteOrderUrgentVisitsStillAheadFirst() {
        String nurse = user("nurse-ada");
        UUID patientId = fixtures().admitted(nurse);
        LocalDate day = LocalDate.now(config.timeZone()).plusDays(400);
        UUID atNine = visit(patientId, nurse, day, "09:00", visit -> { });
        UUID atNineFirst = visit(patientId, nurse, day, "09:00", visit -> visit.routePosition = 1);
        UUID alsoAtNine = visit(patientId, nurse, day, "09:00", visit -> { });
        UUID atEleven = visit(patientId, nurse, day, "11:00", visit -> { });
        UUID urgent = visit(patientId, nurse, day, "14:00", visit -> visit.urgent = true);
        UUID urgentMissed = visit(patientId, nurse, day, "08:00", visit -> {
            visit.urgent = true;
            visit.status = VisitStatus.MISSED;
            visit.missedReason = "PATIENT_NOT_HOME";
        });
        visit(patientId, nurse, day, "10:00", visit -> {
            visit.status = VisitStatus.CANCELLED;
            visit.cancellationReason = "Patient in hospital";
        });
        visit(patientId, nurse, day.plusDays(1), "09:00", visit -> { });
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        List<String> read = readToTheEnd(page -> as(token).queryParam("date", day.toString()).queryParam("limit", 2)
                .queryParam("after", page).get("/api/me/visits"), 3, () -> { });

        List<UUID> sameTime = inDatabaseOrder(atNine, alsoAtNine);
        assertThat(read).containsExactly(urgent.toString(), urgentMissed.toString(), atNineFirst.toString(),
                sameTime.getFirst().toString(), sameTime.getLast().toString(), atEleven.toString());
        as(token).queryParam("date", day.toString()).get("/api/me/visits").then().statusCode(200)
                .body("items.id", equalTo(read))
                .body("$", not(hasKey("next")));
    }

    @Test
    void aLimitOutOfRangeOrACursorNoPageGaveOutIsRefusedAsAProblem() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        fixtures().admitted("Dr. Balfour Mount");
        String censusCursor = given().queryParam("limit", 1).get("/api/admissions").then().statusCode(200)
                .extract().path("next");

        for (int limit : List.of(0, 201)) {
            given().queryParam("limit", limit).get("/api/patients/{id}/concerns", patientId).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.parameter", equalTo(List.of("limit")));
        }
        given().queryParam("limit", 200).get("/api/patients/{id}/concerns", patientId).then().statusCode(200);
        for (String cursor : List.of("not-a-cursor", censusCursor.substring(1), censusCursor)) {
            given().queryParam("after", cursor).get("/api/patients/{id}/visit-plans", patientId).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("invalid-cursor"))
                    .body("title", equalTo("Invalid cursor"));
        }
    }

    /**
     * The ids of every item of a list, read by following {@code next} from the first page to the last,
     * each page full but the last; {@code meanwhile} writes after the first page is read.
     */
    private static List<String> readToTheEnd(Function<String, Response> page,
            int expectedPages, Runnable meanwhile) {
        return readToTheEnd(page, expectedPages, meanwhile, "id");
    }

    private static List<String> readToTheEnd(Function<String, Response> page,
            int expectedPages, Runnable meanwhile, String field) {
        List<String> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = null;
        do {
            JsonPath json = page.apply(next).then().statusCode(200).extract().jsonPath();
            List<String> items = json.getList("items." + field, String.class);
            read.addAll(items);
            sizes.add(items.size());
            next = json.getString("next");
            if (sizes.size() == 1) {
                meanwhile.run();
            }
        } while (next != null && sizes.size() <= expectedPages);
        assertThat(sizes).hasSize(expectedPages);
        assertThat(sizes.subList(0, expectedPages - 1)).allMatch(size -> size.equals(sizes.getFirst()));
        assertThat(read).doesNotHaveDuplicates();
        return read;
    }

    /** Ids as PostgreSQL orders them: by their bytes unsigned, as their text sorts (Java's {@code UUID} compares them signed). */
    private static List<UUID> inDatabaseOrder(UUID... ids) {
        return List.of(ids).stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    private record Note(UUID id, Instant writtenAt) {
    }

    private static Note writeNote(UUID patientId, Instant writtenAt) {
        UUID noteId = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("writtenAt", writtenAt.toString(), "discipline", "NURSE", "text", "Comfortable at rest"))
                .put("/api/patients/{id}/notes/{noteId}", patientId, noteId).then().statusCode(201);
        return new Note(noteId, writtenAt);
    }

    private static UUID contact(UUID patientId, String name, boolean primaryCaregiver) {
        UUID contactId = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "relationship", "CHILD", "primaryCaregiver", primaryCaregiver))
                .put("/api/patients/{id}/family-contacts/{contactId}", patientId, contactId).then().statusCode(201);
        return contactId;
    }

    /** A visit on the nurse's schedule at a local time of the day, as {@code adjust} leaves it. */
    private UUID visit(UUID patientId, String nurse, LocalDate day, String localTime, Consumer<HomeVisit> adjust) {
        ZoneId zone = config.timeZone();
        UUID visitId = HomeFixtures.scheduled(patientId, nurse, Discipline.NURSE, VisitMode.IN_PERSON,
                day.atTime(LocalTime.parse(localTime)).atZone(zone).toInstant());
        QuarkusTransaction.requiringNew().run(() -> adjust.accept(HomeVisit.findById(visitId)));
        return visitId;
    }

    private HomeFixtures fixtures() {
        return new HomeFixtures(bootstrapServers);
    }
}
