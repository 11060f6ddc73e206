package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pallium.homevisit.rest.HomeFixtures.HOME_LATITUDE;
import static org.pallium.homevisit.rest.HomeFixtures.HOME_LONGITUDE;
import static org.pallium.homevisit.rest.HomeFixtures.ONE_THOUSANDTH_DEGREE;
import static org.pallium.homevisit.rest.HomeFixtures.check;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * The EVV export of a day and an agency: the six elements of each in-person visit its staff made,
 * verified or flagged, in the documented JSON and CSV; and no other agency's visit, nor a visit of
 * another day in the programme's time zone.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class EvvExportTest {

    private static final String HEADER = "visitId,serviceType,patientId,patientIdentifierSystem,patientIdentifierValue,"
            + "serviceDate,providerId,discipline,beginTime,endTime,checkInLatitude,checkInLongitude,checkInAccuracyMeters,"
            + "checkInDistanceMeters,checkOutLatitude,checkOutLongitude,checkOutAccuracyMeters,checkOutDistanceMeters,"
            + "verificationStatus,exceptionCodes";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theExportOfADayAndAnAgencyHoldsTheSixElementsOfEachOfItsInPersonVisits() {
        String agency = "Lakeshore Home Health " + UUID.randomUUID();
        String nurse = "Ada \"Night\" Lovelace, RN " + UUID.randomUUID();
        LocalDate day = LocalDate.now(HomeFixtures.PROGRAMME_ZONE).minusDays(3);
        HomeFixtures fixtures = new HomeFixtures(bootstrapServers);
        UUID patientId = fixtures.admitted("Dr. Balfour Mount");
        HomeFixtures.home(patientId, agency, HOME_LATITUDE, HOME_LONGITUDE);
        UUID elsewhere = fixtures.admitted("Dr. Balfour Mount");
        HomeFixtures.home(elsewhere, "Another agency " + UUID.randomUUID(), HOME_LATITUDE, HOME_LONGITUDE);
        Instant morning = at(day, 10, 0);
        Instant lateEvening = at(day, 23, 30);
        UUID verified = visit(patientId, nurse, VisitMode.IN_PERSON, morning);
        UUID flagged = visit(patientId, nurse, VisitMode.IN_PERSON, lateEvening);
        UUID video = visit(patientId, nurse, VisitMode.VIDEO, morning);
        UUID missed = visit(patientId, nurse, VisitMode.IN_PERSON, morning);
        UUID nextDay = visit(patientId, nurse, VisitMode.IN_PERSON, at(day.plusDays(1), 0, 30));
        UUID anotherAgencys = visit(elsewhere, nurse, VisitMode.IN_PERSON, morning);
        Instant left = morning.plus(45, ChronoUnit.MINUTES);
        step(verified, "check-in", check(morning, HOME_LATITUDE + ONE_THOUSANDTH_DEGREE, HOME_LONGITUDE, 12));
        step(verified, "check-out", check(left, HOME_LATITUDE, HOME_LONGITUDE, 9));
        step(flagged, "check-in", check(lateEvening, 41.8961, HOME_LONGITUDE, 40));
        step(video, "check-in", Map.of("at", morning.toString()));
        step(missed, "missed", Map.of("reason", "PATIENT_NOT_HOME"));
        step(nextDay, "check-in", check(at(day.plusDays(1), 0, 30), HOME_LATITUDE, HOME_LONGITUDE, 5));
        step(anotherAgencys, "check-in", check(morning, HOME_LATITUDE, HOME_LONGITUDE, 5));

        given().queryParam("date", day.toString()).queryParam("agency", agency).accept(ContentType.JSON)
                .get("/api/evv/export").then().statusCode(200).contentType(ContentType.JSON)
                .body("$", hasSize(2))
                .body("[0].visitId", equalTo(verified.toString()))
                .body("[0].serviceType", equalTo("G0299"))
                .body("[0].patientId", equalTo(patientId.toString()))
                .body("[0].patientIdentifierSystem", equalTo("urn:oid:2.16.840.1.113883.19.5"))
                .body("[0].patientIdentifierValue", startsWith("MRN-"))
                .body("[0].serviceDate", equalTo(day.toString()))
                .body("[0].providerId", equalTo(nurse))
                .body("[0].discipline", equalTo("NURSE"))
                .body("[0].beginTime", equalTo(morning.toString()))
                .body("[0].endTime", equalTo(left.toString()))
                .body("[0].checkInLatitude", equalTo((float) (HOME_LATITUDE + ONE_THOUSANDTH_DEGREE)))
                .body("[0].checkInLongitude", equalTo((float) HOME_LONGITUDE))
                .body("[0].checkInAccuracyMeters", equalTo(12))
                .body("[0].checkInDistanceMeters", equalTo(111))
                .body("[0].checkOutLatitude", equalTo((float) HOME_LATITUDE))
                .body("[0].checkOutAccuracyMeters", equalTo(9))
                .body("[0].checkOutDistanceMeters", equalTo(0))
                .body("[0].verificationStatus", equalTo("VERIFIED"))
                .body("[0].exceptionCodes", hasSize(0))
                .body("[1].visitId", equalTo(flagged.toString()))
                .body("[1].serviceDate", equalTo(day.toString()))
                .body("[1].endTime", nullValue())
                .body("[1].checkOutLatitude", nullValue())
                .body("[1].verificationStatus", equalTo("EXCEPTION"))
                .body("[1].exceptionCodes", equalTo(List.of("CHECK_OUT_MISSING", "CHECK_IN_LOCATION_FAR_FROM_ADDRESS")));

        String identifier = given().queryParam("date", day.toString()).queryParam("agency", agency).accept(ContentType.JSON)
                .get("/api/evv/export").then().extract().path("[0].patientIdentifierValue");
        String csv = given().queryParam("date", day.toString()).queryParam("agency", agency).accept("text/csv")
                .get("/api/evv/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"evv-" + day + ".csv\""))
                .extract().asString();
        String quotedNurse = "\"" + nurse.replace("\"", "\"\"") + "\"";
        assertThat(csv.split("\r\n", -1)).containsExactly(
                HEADER,
                String.join(",", verified.toString(), "G0299", patientId.toString(), "urn:oid:2.16.840.1.113883.19.5",
                        identifier, day.toString(), quotedNurse, "NURSE", morning.toString(), left.toString(),
                        "41.8791", "-87.6298", "12", "111", "41.8781", "-87.6298", "9", "0", "VERIFIED", ""),
                String.join(",", flagged.toString(), "G0299", patientId.toString(), "urn:oid:2.16.840.1.113883.19.5",
                        identifier, day.toString(), quotedNurse, "NURSE", lateEvening.toString(), "",
                        "41.8961", "-87.6298", "40", "2002", "", "", "", "", "EXCEPTION",
                        "CHECK_OUT_MISSING;CHECK_IN_LOCATION_FAR_FROM_ADDRESS"),
                "");
        given().queryParam("date", day.toString()).queryParam("agency", agency).queryParam("format", "csv")
                .accept(ContentType.JSON).get("/api/evv/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith(HEADER + "\r\n"));
    }

    @Test
    void onlyCoordinatorsExportAndABadRequestIsRefused() {
        String nurse = user("nurse-ada");
        String agency = "Agency " + UUID.randomUUID();

        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).queryParam("date", "2026-01-05")
                .queryParam("agency", agency).get("/api/evv/export").then().statusCode(403);
        as(TestTokens.as(user("dr-home"), Roles.CLINICIAN, Optional.of(CareSetting.HOME))).queryParam("date", "2026-01-05")
                .queryParam("agency", agency).get("/api/evv/export").then().statusCode(403);
        given().queryParam("date", "05/01/2026").queryParam("agency", agency).get("/api/evv/export").then().statusCode(400)
                .body("title", equalTo("Invalid date"));
        given().queryParam("date", "2026-01-05").queryParam("agency", agency).queryParam("format", "xml")
                .get("/api/evv/export").then().statusCode(400);
        given().queryParam("date", "2026-01-05").get("/api/evv/export").then().statusCode(400);
        given().queryParam("date", "2026-01-05").queryParam("agency", agency).get("/api/evv/export").then().statusCode(200)
                .contentType(ContentType.JSON).body("$", hasSize(0));

        assertThat(auditOf(nurse)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "SEARCH").containsEntry("resource", "evv-record")
                    .containsEntry("status", 403);
        });
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(HomeFixtures.PROGRAMME_ZONE).toInstant();
    }

    private static UUID visit(UUID patientId, String nurse, VisitMode mode, Instant start) {
        return HomeFixtures.scheduled(patientId, nurse, Discipline.NURSE, mode, start);
    }

    private static void step(UUID visitId, String step, Map<String, ?> body) {
        given().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/visits/{id}/" + step, visitId).then()
                .statusCode(200);
    }
}
