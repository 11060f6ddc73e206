package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;

/**
 * Patients admitted to the home programme, their homes and their scheduled visits, for the tests of
 * the visits' course, the EVV export and the nurse line. The home record and the schedule are
 * written straight to the database, as the services that keep them would.
 */
final class HomeFixtures {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The programme's zone (pallium.home.time-zone): its days are local days there. */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Chicago");
    /** Chicago's Loop: the patients' homes in these tests. */
    static final double HOME_LATITUDE = 41.8781;
    static final double HOME_LONGITUDE = -87.6298;
    /** About 111 metres of latitude. */
    static final double ONE_THOUSANDTH_DEGREE = 0.001;

    private final String bootstrapServers;

    HomeFixtures(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** A patient the gateway referred home and the team accepted, with the acceptance naming {@code clinician}. */
    UUID admitted(String clinician) {
        return admittedReferral(clinician).patientId();
    }

    /** As {@link #admitted}, answering the referral. */
    ReferralSubmitted admittedReferral(String clinician) {
        ReferralSubmitted referral = received();
        given().contentType(ContentType.JSON).body(Map.of("clinician", clinician))
                .post("/api/referrals/{id}/acceptance", referral.referralId()).then().statusCode(200);
        return referral;
    }

    /** A patient the gateway referred home, on the census while the team has yet to accept the referral. */
    UUID referred() {
        return received().patientId();
    }

    private ReferralSubmitted received() {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.HOME, UUID.randomUUID(),
                "Pain and breathlessness at home");
        new KafkaEvents(bootstrapServers).publish(GATEWAY, referral);
        await().atMost(PATIENCE).until(() -> given().get("/api/admissions").then().statusCode(200).extract()
                .jsonPath().<String>getList("items.findAll { it.referralId == '" + referral.referralId() + "' }.id"),
                ids -> !ids.isEmpty());
        return referral;
    }

    /** The patient's home: visited by {@code agency}'s staff, at the coordinates given (null: not located). */
    static void home(UUID patientId, String agency, Double latitude, Double longitude) {
        QuarkusTransaction.requiringNew().run(() -> {
            HomePatient home = new HomePatient();
            home.patientId = patientId;
            home.addressLine = "233 S Wacker Dr";
            home.city = "Chicago";
            home.latitude = latitude;
            home.longitude = longitude;
            home.allergiesStatus = AllergiesStatus.UNKNOWN;
            home.allergies = List.of();
            home.agency = agency;
            home.updatedAt = Instant.now();
            home.updatedBy = "test-coordinator";
            home.persist();
        });
    }

    /** A visit on {@code nurse}'s schedule under the patient's open admission, starting at {@code start}. */
    static UUID scheduled(UUID patientId, String nurse, Discipline discipline, VisitMode mode, Instant start) {
        UUID visitId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            HomeAdmission admission = HomeAdmission.lockOpenForVisits(patientId).orElseThrow();
            HomeVisit visit = HomeVisit.scheduled(visitId, admission, discipline, mode, nurse, start,
                    start.plus(Duration.ofMinutes(45)), "test-coordinator", Instant.now());
            if (mode == VisitMode.VIDEO) {
                visit.videoProvider = "Doxy.me";
                visit.videoJoinUrl = "https://video.example/room/" + visitId;
            }
            visit.persist();
        });
        return visitId;
    }

    /** An urgent visit on {@code nurse}'s schedule, as the nurse line dispatches one. */
    static UUID urgent(UUID patientId, String nurse, Instant start) {
        UUID visitId = scheduled(patientId, nurse, Discipline.NURSE, VisitMode.IN_PERSON, start);
        QuarkusTransaction.requiringNew().run(() -> HomeVisit.<HomeVisit>findById(visitId).urgent = true);
        return visitId;
    }

    /** A PPS assessed at the visit, as the app uploads one. */
    static void assessed(UUID patientId, UUID visitId, int pps, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            HomeAssessment assessment = new HomeAssessment();
            assessment.id = UUID.randomUUID();
            assessment.patientId = patientId;
            assessment.visitId = visitId;
            assessment.assessedAt = at;
            assessment.pps = pps;
            assessment.recordedAt = Instant.now();
            assessment.recordedBy = "test-nurse";
            assessment.persist();
        });
    }

    static Map<String, Object> check(Instant at, double latitude, double longitude, int accuracyMeters) {
        return Map.of("at", at.toString(), "latitude", latitude, "longitude", longitude, "accuracyMeters", accuracyMeters);
    }

    static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
