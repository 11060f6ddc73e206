package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.AdministrativeSex;
import org.pallium.events.CoverageType;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.Urgency;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;

@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
class CompleteReferralTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theWholeReferralIsKeptShownAndHandedToTheSetting() {
        String mrn = "MRN-" + UUID.randomUUID();
        String referralId = given().contentType(ContentType.JSON).body(ReferralResourceTest.referral(mrn, "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().path("referralId");

        JsonPath shown = given().get("/api/referrals/{id}", referralId).then().statusCode(200).extract().jsonPath();
        assertThat(shown.getString("patient.identifier.value")).isEqualTo(mrn);
        assertThat(shown.getString("patient.birthDate")).isEqualTo("1952-12-10");
        assertThat(shown.getString("patient.sex")).isEqualTo("FEMALE");
        assertThat(shown.getString("patient.preferredLanguage")).isEqualTo("en");
        assertThat(shown.getList("patient.address.lines")).containsExactly("12 Elm Street");
        assertThat(shown.getString("diagnosis.code.code")).isEqualTo("C50.919");
        assertThat(shown.getString("diagnosis.diagnosedOn")).isEqualTo("2026-06-15");
        assertThat(shown.getBoolean("diagnosis.advancedCancer")).isTrue();
        assertThat(shown.getList("symptoms")).containsExactly("pain", "breathlessness");
        assertThat(shown.getString("urgency")).isEqualTo("URGENT");
        assertThat(shown.getString("referrer.organisation")).isEqualTo("St Christopher's Hospital");
        assertThat(shown.getString("coverage.type")).isEqualTo("MEDICARE");
        assertThat(shown.getString("attachments[0].url")).isEqualTo("https://ehr.example.org/DocumentReference/77");

        ReferralSubmitted handOff = (ReferralSubmitted) new KafkaEvents(bootstrapServers).read(Topic.REFERRAL_EVENTS,
                        received -> received.event() instanceof ReferralSubmitted submitted
                                && submitted.referralId().toString().equals(referralId),
                        found -> !found.isEmpty(), Duration.ofSeconds(30))
                .getFirst().event();
        assertThat(handOff.patient().birthDate()).isEqualTo(LocalDate.parse("1952-12-10"));
        assertThat(handOff.patient().sex()).isEqualTo(AdministrativeSex.FEMALE);
        assertThat(handOff.patient().address().city()).isEqualTo("Springfield");
        assertThat(handOff.diagnosis().advancedCancer()).isTrue();
        assertThat(handOff.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(handOff.goalsOfCare()).isEqualTo("Comfort; to stay at home as long as possible");
        assertThat(handOff.referrer().clinician()).isEqualTo("Dr. Cicely Saunders");
        assertThat(handOff.coverage().type()).isEqualTo(CoverageType.MEDICARE);
        assertThat(handOff.coverage().payer()).isNull();
        assertThat(handOff.attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.url()).isEqualTo(URI.create("https://ehr.example.org/DocumentReference/77")));
    }

    @Test
    void theNewestReferralUpdatesWhatPalliumKnowsOfThePatient() {
        String mrn = "MRN-" + UUID.randomUUID();
        ReferralResourceTest.submit(ReferralResourceTest.referral(mrn, "OUTPATIENT"));
        Map<String, Object> moved = new HashMap<>(ReferralResourceTest.referral(mrn, "HOME"));
        Map<String, Object> patient = new HashMap<>(ReferralResourceTest.patient("urn:oid:2.16.840.1.113883.19.5", mrn));
        patient.put("address", Map.of("lines", List.of("3 Harbour Road"), "city", "Shelbyville"));
        moved.put("patient", patient);
        ReferralResourceTest.submit(moved);

        Patient known = QuarkusTransaction.requiringNew().call(() ->
                Patient.<Patient>find("identifierValue", mrn).singleResult());
        assertThat(known.details.address().city()).isEqualTo("Shelbyville");
        assertThat(known.updatedAt).isAfterOrEqualTo(known.createdAt);
    }

    @Test
    void aReferralWithoutAnOptionalPartIsComplete() {
        Map<String, Object> minimal = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"));
        minimal.remove("symptoms");
        minimal.remove("goalsOfCare");
        minimal.remove("coverage");
        minimal.remove("attachments");
        minimal.put("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5", "value", "MRN-" + UUID.randomUUID()),
                "name", "Ada Lovelace", "birthDate", "1952-12-10", "sex", "UNKNOWN"));

        given().contentType(ContentType.JSON).body(minimal).post("/api/referrals").then().statusCode(201)
                .body("symptoms", equalTo(List.of()))
                .body("attachments", equalTo(List.of()));
    }

    @Test
    void whatEachSettingNeedsIsRequiredAndEveryGapIsNamedAtOnce() {
        long referralsBefore = referralCount();
        Map<String, Object> child = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        child.remove("setting");
        child.put("homebound", true);
        child.put("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5", "value", "MRN-" + UUID.randomUUID()),
                "name", "Tom Thumb", "birthDate", LocalDate.now().minusYears(7).toString(), "sex", "MALE"));

        given().contentType(ContentType.JSON).body(child).post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/patient/address", "/patient/guardian"));

        child.put("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5", "value", "MRN-" + UUID.randomUUID()),
                "name", "Tom Thumb", "birthDate", LocalDate.now().minusYears(7).toString(), "sex", "MALE",
                "address", Map.of("lines", List.of("1 Mill Lane"), "city", "Springfield"),
                "guardian", Map.of("name", "Jane Thumb", "relationship", "mother", "phone", "+1 555 0199")));
        given().contentType(ContentType.JSON).body(child).post("/api/referrals").then().statusCode(201)
                .body("setting", equalTo("HOME"))
                .body("patient.guardian.relationship", equalTo("mother"));
        assertThat(referralCount()).isEqualTo(referralsBefore + 1);
    }

    @Test
    void eachMalformedPartIsNamedByItsJsonPointerAndNothingIsWritten() {
        long referralsBefore = referralCount();
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"));
        referral.put("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5", "value", "MRN-1"),
                "name", "Ada", "birthDate", LocalDate.now().plusDays(1).toString(), "sex", "FEMALE",
                "phone", "call me", "preferredLanguage", "English"));
        referral.put("diagnosis", Map.of("code", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", " "),
                "text", "Cancer", "diagnosedOn", LocalDate.now().plusYears(1).toString()));
        referral.put("symptoms", List.of("pain", " "));
        referral.put("goalsOfCare", "   ");
        referral.put("coverage", Map.of("payer", " "));
        referral.put("attachments", List.of(Map.of("url", "letters/77.pdf", "contentType", "pdf")));

        given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder(
                        "/patient/birthDate", "/patient/phone", "/patient/preferredLanguage",
                        "/diagnosis/code/code", "/diagnosis/diagnosedOn", "/diagnosis/advancedCancer",
                        "/symptoms/1", "/goalsOfCare", "/coverage/type", "/coverage/payer",
                        "/attachments/0/url", "/attachments/0/contentType"))
                .body("violations.message", hasItem("must not be blank; leave it out when it is not known"));
        assertThat(referralCount()).isEqualTo(referralsBefore);
    }

    @Test
    void anUnknownSexOrUrgencyIsNamedWithTheValuesItMayHave() {
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"));
        referral.put("urgency", "STAT");

        given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(400)
                .body("violations[0].pointer", equalTo("/urgency"))
                .body("violations[0].message", endsWith("(one of [ROUTINE, URGENT, EMERGENT])"));
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }
}
