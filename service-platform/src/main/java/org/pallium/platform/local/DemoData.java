package org.pallium.platform.local;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A little demo data, loaded through the public APIs exactly as an EHR and the care teams would:
 * a patient followed in hospital and transferred home at discharge, a clinic patient whose first
 * visit is booked, a clinic referral declined, and a home patient with what the home team keeps of
 * them and of the patient transferred home (see {@link #homeDayOne}). Loaded once per home directory;
 * a later run finds the marker and reuses it.
 */
public final class DemoData {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";
    private static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** The home programme's calendar, as its service is configured (pallium.home.time-zone). */
    private static final ZoneId HOME_ZONE = ZoneId.of("America/Chicago");

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
     * Each team triages its referrals as they come, and each visit follows the acceptance of its
     * referral, as in life: referrals are received at the time they are loaded, so a visit starts
     * then, and lasts as long as such a visit does. The featured patient is seen in hospital (her
     * symptoms scored, goals of care and code status documented) and transitions to the home
     * programme at discharge, which takes her on with the hospital team's handover; the clinic books a first visit for one patient
     * and declines another referral; the home team takes on a child.
     */
    private UUID load() throws IOException {
        JsonNode hospital = refer(MARGARET, "INPATIENT", "URGENT",
                "Uncontrolled pain and nausea on the oncology ward", "Dr. Anil Shah");
        UUID featured = UUID.fromString(hospital.get("patientId").asText());
        String hospitalId = hospital.get("referralId").asText();
        accept(DemoUser.ROSA_LIND, SuiteService.INPATIENT, hospitalId);
        String consult = "/api/consults/" + awaitConsultOf(hospitalId);
        put(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/location",
                Map.of("unit", "5 West", "bed", "12B", "admittingService", "Oncology"));
        put(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/team", Map.of("members", List.of(
                Map.of("member", DemoUser.ROSA_LIND.id(), "name", "Dr. Rosa Lind", "discipline", "PHYSICIAN", "role", "LEAD"),
                Map.of("member", "sw-dana-cole", "name", "Dana Cole", "discipline", "SOCIAL_WORKER", "role", "MEMBER"))));
        post(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/encounters", Map.ofEntries(
                Map.entry("kind", "INITIAL_CONSULT"), Map.entry("clinician", "Dr. Rosa Lind"), Map.entry("discipline", "PHYSICIAN"),
                Map.entry("startedAt", Instant.now().toString()),
                Map.entry("endedAt", Instant.now().plus(50, ChronoUnit.MINUTES).toString()),
                Map.entry("disciplinesPresent", List.of("PHYSICIAN", "SOCIAL_WORKER")),
                Map.entry("participants", List.of("PATIENT", "FAMILY")),
                Map.entry("interventions", List.of(Map.of("kind", "SYMPTOM_MANAGEMENT_RECOMMENDATION", "symptom", "PAIN",
                        "description", "Rotate oral morphine to hydromorphone; ondansetron for nausea", "toPrimaryTeam", true))),
                Map.entry("esas", Map.of("pain", 7, "tiredness", 6, "drowsiness", 3, "nausea", 6, "lackOfAppetite", 7,
                        "shortnessOfBreath", 2, "depression", 4, "anxiety", 5, "wellbeing", 6, "completedBy", "PATIENT")),
                Map.entry("pps", 50),
                Map.entry("notes", "Initial consult: opioid rotation recommended; goals of care discussed with daughter.")));
        post(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/goals-of-care", Map.of(
                "heldAt", Instant.now().toString(), "participants", List.of("patient", "daughter (healthcare agent)"),
                "whatMatters", "Being at home with her family and her garden",
                "decisions", "No ICU transfer or CPR; discharge home with the home programme"));
        post(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/code-status",
                Map.of("codeStatus", "DNR_DNI", "effectiveAt", Instant.now().toString()));
        put(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/advance-directive", Map.of("status", "SIGNED",
                "healthcareAgent", Map.of("name", "Ellen Whitfield", "relationship", "daughter", "phone", "+1 555 0142")));
        String homeId = post(DemoUser.ROSA_LIND, SuiteService.INPATIENT, consult + "/transition", Map.of(
                "outcome", "HOME_PROGRAMME", "reason", "Discharged home; wishes to stay at home with family support"))
                .path("onwardReferralId").asText();
        accept(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, homeId, DemoUser.TOM_REYES.id());
        post(DemoUser.TOM_REYES, SuiteService.HOME_VISIT, "/api/visits", Map.of(
                "patientId", featured.toString(), "clinician", "Nurse Tom Reyes", "discipline", "NURSE",
                "startedAt", Instant.now().toString(), "endedAt", Instant.now().plus(45, ChronoUnit.MINUTES).toString(),
                "notes", "Pain 7 to 4 after breakthrough dose; family taught repositioning."));

        JsonNode clinic = refer(JOSEPH, "OUTPATIENT", "ROUTINE",
                "Breathlessness and anxiety despite optimal heart failure treatment", "Dr. Helen Park");
        String clinicId = clinic.get("referralId").asText();
        String joseph = clinic.get("patientId").asText();
        accept(DemoUser.HELEN_PARK, SuiteService.OUTPATIENT, clinicId);
        bookAroundCardiology(joseph);
        post(DemoUser.HELEN_PARK, SuiteService.OUTPATIENT, "/api/acp-documents", Map.of("patientId", joseph,
                "documentType", "HEALTH_CARE_POWER_OF_ATTORNEY", "status", "SIGNED",
                "healthcareAgent", Map.of("name", "Grace Okafor", "relationship", "wife", "phone", "+1 217 555 0188")));

        String declinedId = refer(ROBERT, "OUTPATIENT", "ROUTINE",
                "Chronic low back pain; asks for stronger opioids", "Dr. Sam Ortiz").get("referralId").asText();
        awaitStatus(declinedId, "RECEIVED");
        step(DemoUser.HELEN_PARK, SuiteService.OUTPATIENT, declinedId, "rejection", Map.of("clinician", "Dr. Helen Park",
                "reason", "No serious illness; referred back to the pain clinic"));

        JsonNode child = refer(LILY, "HOME", "ROUTINE",
                "Family and sibling support at home; breathing and feeding difficulties", "Dr. Mei Wong");
        String childId = child.get("referralId").asText();
        accept(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, childId, DemoUser.GRACE_OBI.id());
        homeDayOne(featured.toString(), child.get("patientId").asText());

        String requestedInHospitalId = requestConsultInHospital().path("referralId").asText();

        awaitStatus(hospitalId, "TRANSFERRED");
        awaitStatus(requestedInHospitalId, "ACCEPTED");
        awaitStatus(homeId, "FIRST_VISIT_COMPLETED");
        awaitStatus(clinicId, "SCHEDULED");
        awaitStatus(declinedId, "REJECTED");
        awaitStatus(childId, "ACCEPTED");
        return featured;
    }

    /**
     * What a visiting nurse finds in the app on day one. Margaret lives in her own house, with a key
     * safe and a dog; her daughter is her healthcare agent and her caregiver, worn out. Lily, a
     * child, lives with her parents and her brother. Each has weekly nursing, the nurse's visit
     * today among them, and social work every other week for the family. Nurse Grace Obi is on call
     * now and gave Margaret's daughter advice on a call about breakthrough pain; Nurse Tom Reyes
     * covers Lily's visit today, after Margaret's.
     */
    private void homeDayOne(String margaret, String lily) throws IOException {
        LocalDate today = LocalDate.now(HOME_ZONE);
        put(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, "/api/patients/" + margaret + "/home", Map.ofEntries(
                Map.entry("residence", "PRIVATE_HOME"), Map.entry("addressLine", "14 Orchard Lane"),
                Map.entry("city", "Springfield"), Map.entry("postalCode", "62704"),
                Map.entry("latitude", 39.7990), Map.entry("longitude", -89.6440),
                Map.entry("accessNotes", "Key safe left of the back door, code 4721. Biscuit, a friendly Labrador, "
                        + "greets visitors; close the gate. Park in the driveway."),
                Map.entry("allergiesStatus", "RECORDED"),
                Map.entry("allergies", List.of(Map.of("substance", "Penicillin", "reaction", "Rash", "severity", "MODERATE"))),
                Map.entry("assignedNurse", DemoUser.TOM_REYES.id()),
                Map.entry("assignedSocialWorker", DemoUser.NIA_BROOKS.id())));
        put(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, "/api/patients/" + lily + "/home", Map.ofEntries(
                Map.entry("residence", "PRIVATE_HOME"), Map.entry("addressLine", "9 Willow Court"),
                Map.entry("city", "Chatham"), Map.entry("postalCode", "62629"),
                Map.entry("latitude", 39.6761), Map.entry("longitude", -89.7043),
                Map.entry("accessNotes", "Side door, step-free for the equipment; knock softly, Lily may be asleep. "
                        + "No pets. Street parking."),
                Map.entry("allergiesStatus", "NO_KNOWN_ALLERGIES"),
                Map.entry("assignedNurse", DemoUser.GRACE_OBI.id()),
                Map.entry("assignedSocialWorker", DemoUser.NIA_BROOKS.id())));

        familyContact(margaret, "Ellen Whitfield", "CHILD", "+1 555 0142", true, null,
                "Daughter; her healthcare agent (health care power of attorney). Lives with her.");
        familyContact(lily, "Wei Chen", "PARENT", "+1 217 555 0143", true, null, "Mother; speaks Mandarin and English.");
        familyContact(lily, "Daniel Chen", "PARENT", "+1 217 555 0144", false, null, "Father; works nights.");
        String brother = familyContact(lily, "Max Chen", "SIBLING", null, false, 2016,
                "Lily's brother, in fourth grade; asks a lot about her breathing machine.");
        post(DemoUser.NIA_BROOKS, SuiteService.HOME_VISIT, "/api/patients/" + lily + "/family-support", Map.of(
                "id", demoId("family-support-max"), "familyContactId", brother, "focus", "SIBLING_SUPPORT",
                "mode", "IN_PERSON", "occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
                "durationMinutes", 40, "discipline", "SOCIAL_WORKER",
                "notes", "Drew Lily's machines with Max and explained what each does; he wants to help with her bath."));

        plan(margaret, "plan-margaret-nursing", "NURSE", 1, today.getDayOfWeek(), "10:00", 60, today);
        plan(margaret, "plan-margaret-social-work", "SOCIAL_WORKER", 2, today.plusDays(2).getDayOfWeek(), "11:00", 60, today);
        plan(lily, "plan-lily-nursing", "NURSE", 1, today.plusDays(1).getDayOfWeek(), "14:00", 60, today);
        plan(lily, "plan-lily-social-work", "SOCIAL_WORKER", 2, today.plusDays(3).getDayOfWeek(), "15:30", 60, today);
        post(DemoUser.ANA_SILVA, SuiteService.HOME_VISIT, "/api/scheduled-visits", Map.of(
                "id", demoId("visit-lily-today"), "patientId", lily, "discipline", "NURSE", "mode", "IN_PERSON",
                "assignedTo", DemoUser.TOM_REYES.id(),
                "scheduledStart", today.atTime(14, 0).atZone(HOME_ZONE).toInstant().toString(), "durationMinutes", 60));

        Instant now = Instant.now();
        post(DemoUser.ANA_SILVA, SuiteService.HOME_VISIT, "/api/on-call/shifts", Map.of("id", demoId("on-call-grace"),
                "nurse", DemoUser.GRACE_OBI.id(), "startsAt", now.minus(2, ChronoUnit.HOURS).toString(),
                "endsAt", now.plus(10, ChronoUnit.HOURS).toString()));
        post(DemoUser.GRACE_OBI, SuiteService.HOME_VISIT, "/api/calls", Map.ofEntries(
                Map.entry("id", demoId("call-margaret-pain")), Map.entry("patientId", margaret),
                Map.entry("callerType", "FAMILY"), Map.entry("callerName", "Ellen Whitfield"),
                Map.entry("callbackNumber", "+1 555 0142"),
                Map.entry("receivedAt", now.minus(40, ChronoUnit.MINUTES).toString()), Map.entry("durationSeconds", 540),
                Map.entry("reason", "PAIN"),
                Map.entry("details", "Breakthrough pain 7/10 in her back since supper; last breakthrough dose 4 hours ago."),
                Map.entry("outcome", "ADVICE_GIVEN"),
                Map.entry("followUp", "Give the breakthrough dose now; call back if pain is not below 4 in an hour. "
                        + "Tom to review the regular dose at tomorrow's visit."),
                Map.entry("followUpDue", now.plus(1, ChronoUnit.HOURS).toString())));
        put(DemoUser.TOM_REYES, SuiteService.HOME_VISIT, "/api/patients/" + margaret + "/concerns/" + demoId("concern-ellen"),
                Map.of("category", "CAREGIVER", "raisedAt", now.minus(1, ChronoUnit.HOURS).toString(),
                        "description", "Ellen is exhausted after three nights up with her mother; discuss respite and "
                                + "a night sitter with social work."));
    }

    /** A contact of the patient's family, under an id of its own; the id. */
    private String familyContact(String patientId, String name, String relationship, String phone, boolean primaryCaregiver,
            Integer birthYear, String notes) throws IOException {
        String id = demoId("contact-" + name).toString();
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "relationship", relationship,
                "primaryCaregiver", primaryCaregiver, "notes", notes));
        if (phone != null) {
            body.put("phone", phone);
        }
        if (birthYear != null) {
            body.put("birthYear", birthYear);
        }
        put(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, "/api/patients/" + patientId + "/family-contacts/" + id, body);
        return id;
    }

    /** A visit plan from today, made by the home team's physician; its visits are scheduled at once. */
    private void plan(String patientId, String name, String discipline, int everyWeeks, DayOfWeek weekday, String localStart,
            int minutes, LocalDate startsOn) throws IOException {
        post(DemoUser.MEI_WONG, SuiteService.HOME_VISIT, "/api/patients/" + patientId + "/visit-plans", Map.of(
                "id", demoId(name), "discipline", discipline, "mode", "IN_PERSON", "everyWeeks", everyWeeks,
                "weekday", weekday.name(), "localStart", localStart, "durationMinutes", minutes,
                "startsOn", startsOn.toString()));
    }

    /** The id of a demo record, the same in every load, as a client that chose it would send again. */
    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("pallium-demo-" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Dr. Park sees clinic patients on weekdays, 9 to 5; the EHR tells the clinic of Joseph's
     * cardiology appointment in three weekdays, and the coordinator books his first clinic visit in
     * the slot the clinic suggests first: the same day, next to it, one trip to campus instead of two.
     * Booking it schedules his referral.
     */
    private void bookAroundCardiology(String patientId) throws IOException {
        put(DemoUser.ANA_SILVA, SuiteService.OUTPATIENT, "/api/clinicians/" + DemoUser.HELEN_PARK.id(),
                Map.of("name", "Dr. Helen Park", "discipline", "PHYSICIAN"));
        put(DemoUser.ANA_SILVA, SuiteService.OUTPATIENT, "/api/clinicians/" + DemoUser.HELEN_PARK.id() + "/weekly-template",
                Map.of("blocks", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY).stream().map(day -> Map.of("dayOfWeek", day.name(), "startsAt", "09:00",
                        "endsAt", "17:00")).toList()));
        ZoneId clinicZone = ZoneId.of("America/Chicago");
        LocalDate day = LocalDate.now(clinicZone).plusDays(1);
        for (int weekdays = 0; weekdays < 3; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        day = day.minusDays(1);
        Instant cardiology = day.atTime(11, 0).atZone(clinicZone).toInstant();
        put(DemoUser.SPRINGFIELD_EHR, SuiteService.OUTPATIENT, "/api/patients/" + patientId + "/campus-appointments",
                Map.of("appointments", List.of(Map.of("id", "SGH-CARD-20431", "startsAt", cardiology.toString(),
                        "endsAt", cardiology.plus(45, ChronoUnit.MINUTES).toString(),
                        "description", "Cardiology follow-up", "location", "Heart Center, 2nd floor"))));
        JsonNode suggestions = send(request(DemoUser.ANA_SILVA, SuiteService.OUTPATIENT, "/api/patients/" + patientId
                + "/slot-suggestions?visitType=NEW_PATIENT&from=" + day + "&to=" + day.plusDays(7)).GET().build(), false);
        post(DemoUser.ANA_SILVA, SuiteService.OUTPATIENT, "/api/appointments", Map.of(
                "id", UUID.nameUUIDFromBytes("pallium-demo-appointment-DEMO-0002".getBytes(StandardCharsets.UTF_8)),
                "patientId", patientId, "clinician", DemoUser.HELEN_PARK.id(), "visitType", "NEW_PATIENT",
                "startsAt", suggestions.get(0).get("startsAt").asText()));
    }

    /**
     * The hospital's EHR asks the consult team to see a patient on the cardiac ICU, urgently; the
     * order was placed 30 hours ago, so the consult shows on the census past its 24-hour target.
     */
    private JsonNode requestConsultInHospital() throws IOException {
        return post(DemoUser.SPRINGFIELD_EHR, SuiteService.INPATIENT, "/api/consults", Map.ofEntries(
                Map.entry("id", UUID.nameUUIDFromBytes("pallium-demo-consult-DEMO-0005".getBytes(StandardCharsets.UTF_8))),
                Map.entry("patient", Map.of("identifier", Map.of("system", MRN_SYSTEM, "value", "DEMO-0005"),
                        "name", "Evelyn Carter", "birthDate", "1939-07-12", "sex", "FEMALE")),
                Map.entry("diagnosis", Map.of("system", ICD_10_CM, "code", "I50.84", "display", "End stage heart failure",
                        "text", "End-stage heart failure, NYHA class IV", "advancedCancer", false)),
                Map.entry("unit", "Cardiac ICU"), Map.entry("bed", "4"), Map.entry("admittingService", "Cardiology"),
                Map.entry("requestingClinician", "Dr. Priya Nair"),
                Map.entry("requestingOrganisation", "Springfield General Hospital"),
                Map.entry("question", "Third admission this year; the family asks about comfort-focused care"),
                Map.entry("urgency", "URGENT"),
                Map.entry("requestedAt", Instant.now().minus(30, ChronoUnit.HOURS).toString())));
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
    private static final DemoPatient ROBERT = new DemoPatient("DEMO-0004", "Robert Miles", "1971-02-17", "MALE", "en",
            Map.of("lines", List.of("57 Mill Road"), "city", "Springfield", "state", "IL", "postalCode", "62702"), null,
            Map.of("code", Map.of("system", ICD_10_CM, "code", "M54.50", "display", "Low back pain, unspecified"),
                    "text", "Chronic low back pain", "diagnosedOn", "2021-05-20", "advancedCancer", false), "PRIVATE");

    private JsonNode refer(DemoPatient patient, String setting, String urgency, String reason, String clinician)
            throws IOException {
        Map<String, Object> details = new HashMap<>(Map.of(
                "identifier", Map.of("system", MRN_SYSTEM, "value", patient.mrn()), "name", patient.name(),
                "birthDate", patient.birthDate(), "sex", patient.sex(), "preferredLanguage", patient.language(),
                "address", patient.address()));
        if (patient.guardian() != null) {
            details.put("guardian", patient.guardian());
        }
        return post(DemoUser.SPRINGFIELD_EHR, SuiteService.REFERRAL_GATEWAY, "/api/referrals", Map.of(
                "patient", details, "diagnosis", patient.diagnosis(), "reason", reason, "urgency", urgency,
                "setting", setting, "coverage", Map.of("type", patient.coverage()),
                "referrer", Map.of("clinician", clinician, "organisation", "Springfield General Hospital")));
    }

    /** A clinician of the team accepts the referral once its service has received it. */
    private void accept(DemoUser clinician, SuiteService service, String referralId) throws IOException {
        accept(clinician, service, referralId, clinician.displayName());
    }

    /** At home, the acceptance names the nurse whose caseload the patient joins, by their user id. */
    private void accept(DemoUser clinician, SuiteService service, String referralId, String named) throws IOException {
        awaitStatus(referralId, "RECEIVED");
        step(clinician, service, referralId, "acceptance", Map.of("clinician", named));
    }

    private JsonNode step(DemoUser user, SuiteService service, String referralId, String step, Map<String, ?> body)
            throws IOException {
        return post(user, service, "/api/referrals/" + referralId + "/" + step, body);
    }

    /** Waits until the gateway shows that the referral has reached this status: its history has it. */
    private void awaitStatus(String referralId, String status) throws IOException {
        awaitJson(DemoUser.ANA_SILVA, SuiteService.REFERRAL_GATEWAY, "/api/referrals/" + referralId,
                body -> body.path("history").findValuesAsText("status").contains(status));
    }

    private String awaitConsultOf(String referralId) throws IOException {
        JsonNode census = awaitJson(DemoUser.ROSA_LIND, SuiteService.INPATIENT, "/api/consults",
                body -> body.findParents("referralId").stream().anyMatch(c -> referralId.equals(c.get("referralId").asText())));
        return census.findParents("referralId").stream()
                .filter(consult -> referralId.equals(consult.get("referralId").asText()))
                .findFirst().orElseThrow().get("id").asText();
    }

    private JsonNode awaitJson(DemoUser user, SuiteService service, String path, Predicate<JsonNode> done) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode body = send(request(user, service, path).GET().build(), true);
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

    private JsonNode put(DemoUser user, SuiteService service, String path, Map<String, ?> body) throws IOException {
        return send(request(user, service, path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(), false);
    }

    private JsonNode post(DemoUser user, SuiteService service, String path, Map<String, ?> body) throws IOException {
        return send(request(user, service, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(), false);
    }

    /** Each step is taken by the demo user whose job it is, with their token. */
    private HttpRequest.Builder request(DemoUser user, SuiteService service, String path) {
        return HttpRequest.newBuilder(suite.url(service).resolve(path))
                .header("Authorization", "Bearer " + user.token(suite.issuer()));
    }

    /**
     * The response's body; with {@code notFoundIsMissing}, a 404 is a missing node rather than a
     * failure: a referral that a transfer opens exists at the gateway only once it consumed the transfer.
     */
    private static JsonNode send(HttpRequest request, boolean notFoundIsMissing) throws IOException {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (notFoundIsMissing && response.statusCode() == 404) {
                return MissingNode.getInstance();
            }
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
