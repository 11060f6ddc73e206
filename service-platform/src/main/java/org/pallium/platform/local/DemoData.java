package org.pallium.platform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A little demo data, loaded through the public APIs exactly as an EHR and the care teams would:
 * a patient followed in hospital and then at home, a clinic patient, and a home patient. Loaded
 * once per home directory; a later run finds the marker and reuses it.
 */
public final class DemoData {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";
    private static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private final LocalSuite suite;

    private DemoData(LocalSuite suite) {
        this.suite = suite;
    }

    /** Loads the demo data unless {@code marker} says it was loaded, and returns the featured patient's id. */
    public static UUID loadOnce(LocalSuite suite, Path marker) {
        try {
            if (Files.exists(marker)) {
                return UUID.fromString(Files.readString(marker).strip());
            }
            UUID featured = new DemoData(suite).load();
            Files.writeString(marker, featured.toString());
            return featured;
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot load the demo data: " + e.getMessage(), e);
        }
    }

    /**
     * Each visit follows the acceptance of its referral, as in life: referrals are received at the
     * time they are loaded, so a visit starts then, and lasts as long as such a visit does.
     */
    private UUID load() throws IOException {
        JsonNode hospital = refer(MARGARET, "INPATIENT", "URGENT",
                "Uncontrolled pain and nausea on the oncology ward", "Dr. Anil Shah");
        UUID featured = UUID.fromString(hospital.get("patientId").asText());
        awaitAccepted(hospital);
        String consultId = awaitConsultOf(hospital.get("referralId").asText());
        post(SuiteService.INPATIENT, "/api/consults/" + consultId + "/encounters", Map.of(
                "kind", "INITIAL_CONSULT", "clinician", "Dr. Rosa Lind", "discipline", "PHYSICIAN",
                "startedAt", Instant.now().toString(), "endedAt", Instant.now().plus(50, ChronoUnit.MINUTES).toString(),
                "notes", "Initial consult: opioid rotation recommended; goals of care discussed with daughter."));

        JsonNode home = refer(MARGARET, "HOME", "URGENT",
                "Discharged home; wishes to stay at home with family support", "Dr. Rosa Lind");
        awaitAccepted(home);
        post(SuiteService.HOME_VISIT, "/api/visits", Map.of(
                "patientId", featured.toString(), "clinician", "Nurse Tom Reyes", "discipline", "NURSE",
                "startedAt", Instant.now().toString(), "endedAt", Instant.now().plus(45, ChronoUnit.MINUTES).toString(),
                "notes", "Pain 7 to 4 after breakthrough dose; family taught repositioning."));

        JsonNode clinic = refer(JOSEPH, "OUTPATIENT", "ROUTINE",
                "Breathlessness and anxiety despite optimal heart failure treatment", "Dr. Helen Park");
        awaitAccepted(clinic);
        post(SuiteService.OUTPATIENT, "/api/visits", Map.of(
                "patientId", clinic.get("patientId").asText(), "visitType", "SYMPTOM_FOCUSED",
                "clinician", "Dr. Helen Park", "discipline", "NURSE_PRACTITIONER",
                "startedAt", Instant.now().toString(), "endedAt", Instant.now().plus(30, ChronoUnit.MINUTES).toString(),
                "notes", "Breathing techniques taught; fan therapy."));

        JsonNode child = refer(LILY, "HOME", "ROUTINE",
                "Family and sibling support at home; breathing and feeding difficulties", "Dr. Mei Wong");
        awaitAccepted(child);
        return featured;
    }

    /** A demo patient as the EHR knows them; the guardian is null for an adult. */
    private record DemoPatient(String mrn, String name, String birthDate, String sex, String language,
            Map<String, Object> address, Map<String, Object> guardian, Map<String, Object> diagnosis, String coverage) {
    }

    private static final DemoPatient MARGARET = new DemoPatient("DEMO-0001", "Margaret Hale", "1951-04-23", "FEMALE", "en",
            Map.of("lines", List.of("14 Orchard Lane"), "city", "Springfield", "state", "IL", "postalCode", "62704"), null,
            Map.of("code", Map.of("system", ICD_10_CM, "code", "C25.9", "display", "Malignant neoplasm of pancreas, unspecified"),
                    "text", "Metastatic pancreatic cancer", "diagnosedOn", "2026-09-02", "advancedCancer", true), "MEDICARE");
    private static final DemoPatient JOSEPH = new DemoPatient("DEMO-0002", "Joseph Okafor", "1944-11-08", "MALE", "en",
            Map.of("lines", List.of("201 Lake Street", "Apt 4B"), "city", "Springfield", "state", "IL", "postalCode", "62701"),
            null,
            Map.of("code", Map.of("system", ICD_10_CM, "code", "I50.9", "display", "Heart failure, unspecified"),
                    "text", "Heart failure, NYHA class IV", "diagnosedOn", "2019-03-14", "advancedCancer", false), "VA");
    private static final DemoPatient LILY = new DemoPatient("DEMO-0003", "Lily Chen", "2019-06-30", "FEMALE", "zh",
            Map.of("lines", List.of("9 Willow Court"), "city", "Chatham", "state", "IL", "postalCode", "62629"),
            Map.of("name", "Wei Chen", "relationship", "mother", "phone", "+1 217 555 0143"),
            Map.of("code", Map.of("system", ICD_10_CM, "code", "G12.0", "display", "Infantile spinal muscular atrophy, type I"),
                    "text", "Spinal muscular atrophy type 1", "diagnosedOn", "2019-09-12", "advancedCancer", false), "MEDICAID");

    private JsonNode refer(DemoPatient patient, String setting, String urgency, String reason, String clinician)
            throws IOException {
        Map<String, Object> details = new HashMap<>(Map.of(
                "identifier", Map.of("system", MRN_SYSTEM, "value", patient.mrn()), "name", patient.name(),
                "birthDate", patient.birthDate(), "sex", patient.sex(), "preferredLanguage", patient.language(),
                "address", patient.address()));
        if (patient.guardian() != null) {
            details.put("guardian", patient.guardian());
        }
        return post(SuiteService.REFERRAL_GATEWAY, "/api/referrals", Map.of(
                "patient", details, "diagnosis", patient.diagnosis(), "reason", reason, "urgency", urgency,
                "setting", setting, "coverage", Map.of("type", patient.coverage()),
                "referrer", Map.of("clinician", clinician, "organisation", "Springfield General Hospital")));
    }

    private void awaitAccepted(JsonNode referral) throws IOException {
        String path = "/api/referrals/" + referral.get("referralId").asText();
        awaitJson(SuiteService.REFERRAL_GATEWAY, path, body -> "ACCEPTED".equals(body.path("status").asText()));
    }

    private String awaitConsultOf(String referralId) throws IOException {
        JsonNode census = awaitJson(SuiteService.INPATIENT, "/api/consults",
                body -> body.findParents("referralId").stream().anyMatch(c -> referralId.equals(c.get("referralId").asText())));
        return census.findParents("referralId").stream()
                .filter(consult -> referralId.equals(consult.get("referralId").asText()))
                .findFirst().orElseThrow().get("id").asText();
    }

    private JsonNode awaitJson(SuiteService service, String path, Predicate<JsonNode> done) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode body = get(service, path);
            if (done.test(body)) {
                return body;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException("demo data: " + service.moduleName() + path + " did not settle within " + PATIENCE.toSeconds() + " s");
    }

    private JsonNode get(SuiteService service, String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(service, path)).GET().build());
    }

    private JsonNode post(SuiteService service, String path, Map<String, ?> body) throws IOException {
        return send(HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
    }

    private URI uri(SuiteService service, String path) {
        return suite.url(service).resolve(path);
    }

    private static JsonNode send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
