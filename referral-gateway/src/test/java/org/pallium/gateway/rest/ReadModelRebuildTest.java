package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Discipline;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.gateway.service.ReadModel;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.TestTokens;

/**
 * The read model rebuilt from Kafka is the read model that live consumption built: every row of
 * every read-model table, the timeline's and the summary's, whoever's patient it is.
 */
@QuarkusTest
class ReadModelRebuildTest {

    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    /**
     * What legitimately differs between two builds of one event: the timeline's arrival, the
     * sequence number the database gives each insert (the tie-break between entries of one
     * instant, which follows the order of consumption, and the rebuild's starts after the live
     * one's), and when the entry was recorded, which is the time of the build, not of the care.
     */
    private static final Map<String, Set<String>> BUILD_VALUES = Map.of("timeline_entry", Set.of("arrival", "recorded_at"));

    /**
     * What the catalogue says of each read-model table: its persistence and options, its columns in
     * order (type, nullability, default, identity and its sequence), its indexes and constraints.
     */
    private static final String TABLE_SHAPE = """
            SELECT c.relname || ' ' || shape FROM pg_class c CROSS JOIN LATERAL (
                SELECT format('table %s %s', c.relpersistence, array_to_string(c.reloptions, ','))
                UNION ALL
                SELECT format('column %s %s %s %s %s %s %s', row_number() OVER (ORDER BY a.attnum), a.attname,
                    format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
                    pg_get_expr(d.adbin, d.adrelid), pg_get_serial_sequence(c.relname, a.attname))
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                UNION ALL
                SELECT format('index %s', pg_get_indexdef(i.indexrelid)) FROM pg_index i WHERE i.indrelid = c.oid
                UNION ALL
                SELECT format('constraint %s %s %s', o.conname, o.contype, pg_get_constraintdef(o.oid))
                FROM pg_constraint o WHERE o.conrelid = c.oid) AS table_shape (shape)
            WHERE c.relnamespace = CAST(current_schema() AS regnamespace) AND c.relname = ANY (CAST(? AS TEXT[]))""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void theRebuiltReadModelIsTheLiveOne() throws Exception {
        UUID patientId = referredHomePatient();
        Instant day = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        kafka.publish(INPATIENT_SERVICE, visit(patientId, CareSetting.INPATIENT, "IMP", day.plus(1, ChronoUnit.DAYS), 60));
        kafka.publish(INPATIENT_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                CodeStatus.DNR_DNI, CodeStatus.FULL_CODE, "Dr. Ira Byock", day.plus(2, ChronoUnit.DAYS)));
        // Confirmed by someone whose name holds what a rebuild's COPY must escape: tab, backslash, line breaks.
        kafka.publish(INPATIENT_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                CodeStatus.DNR_DNI, CodeStatus.DNR_DNI, "Dr. Ira\tByock \\ locum\r\n(nights)", day.plus(3, ChronoUnit.DAYS)));
        kafka.publish(OUTPATIENT_SERVICE, visit(patientId, CareSetting.OUTPATIENT, "AMB", day.plus(5, ChronoUnit.DAYS), 50));
        kafka.publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED,
                "DocumentReference/hcpoa-1", new HealthcareAgent("Grace Hopper", "daughter", "+1 555 0100"), null,
                "Dr. Lydia Ross", day.plus(5, ChronoUnit.DAYS)));
        UUID appointmentId = UUID.randomUUID();
        Instant appointmentAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        kafka.publish(OUTPATIENT_SERVICE, new AppointmentBooked(appointmentId, patientId, CareSetting.OUTPATIENT,
                "dr-helen-park", "FOLLOW_UP", appointmentAt, appointmentAt.plus(30, ChronoUnit.MINUTES), "clerk-amy",
                day.plus(5, ChronoUnit.DAYS)));
        kafka.publish(OUTPATIENT_SERVICE, new AppointmentRescheduled(appointmentId, patientId, CareSetting.OUTPATIENT,
                "dr-kathleen-foley", appointmentAt, appointmentAt.plus(2, ChronoUnit.DAYS),
                appointmentAt.plus(2, ChronoUnit.DAYS).plus(45, ChronoUnit.MINUTES), "clerk-amy", day.plus(6, ChronoUnit.DAYS)));
        kafka.publish(HOME_SERVICE, new ReferralAccepted(homeReferral(patientId), patientId, CareSetting.HOME,
                day.plus(7, ChronoUnit.DAYS)));
        UUID homeVisit = UUID.randomUUID();
        Instant homeVisitAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        kafka.publish(HOME_SERVICE, new VisitScheduled(homeVisit, patientId, CareSetting.HOME, "HH", Discipline.NURSE,
                "nurse-ann-ward", homeVisitAt, homeVisitAt.plus(1, ChronoUnit.HOURS), false, "coordinator-mary-seacole",
                day.plus(8, ChronoUnit.DAYS)));
        kafka.publish(HOME_SERVICE, new VisitStarted(homeVisit, patientId, CareSetting.HOME, "HH", "nurse-ann-ward", Discipline.NURSE,
                homeVisitAt));
        kafka.publish(HOME_SERVICE, visit(patientId, CareSetting.HOME, "VR", day.plus(9, ChronoUnit.DAYS), null));
        VisitCompleted homeVisitDone = visit(patientId, CareSetting.HOME, "HH", day.plus(10, ChronoUnit.DAYS), 40);
        CloudEventAttributes delivered = kafka.publish(HOME_SERVICE, homeVisitDone);
        // Delivered again under its id, and sent again under another: the timeline keeps one and the other.
        kafka.publish(delivered, homeVisitDone);
        kafka.publish(HOME_SERVICE, homeVisitDone);
        // Documented offline and uploaded last, the first visit of all lands at its clinical time.
        kafka.publish(HOME_SERVICE, visit(patientId, CareSetting.HOME, "HH", day, 70));
        UUID compared = visitsComparedAsTheDatabaseOrdersThem(kafka, day);
        codeStatusesComparedAsTheDatabaseComparesThem(kafka, compared, day);
        awaitTimeline(patientId, 15);
        awaitTimeline(compared, 13);
        assertThat(esasPainOf(compared)).containsExactly("2 → 4", "2 → 9", "7 → 2", "8 → 7", "5", "8", "3");
        assertThat(codeStatusOf(compared)).isEqualTo("DNR_DNI");
        List<String> live = quiescentReadModel();
        assertThat(live).filteredOn(row -> row.contains(patientId.toString())).hasSizeGreaterThan(15 + 5);

        JsonPath rebuilt = rebuild();

        assertThat(rebuilt.getLong("eventsApplied")).isGreaterThanOrEqualTo(15);
        assertThat(rebuilt.getLong("eventsRead")).isGreaterThan(rebuilt.getLong("eventsApplied"));
        assertThat(readModel()).isEqualTo(live);
    }

    /**
     * A patient whose visits' titles (the ESAS pain they changed from) depend on how the summary
     * orders and keeps visits: three of one instant, as the database keeps clinical time (to the
     * microsecond, rounded: 400 ns down, 600 ns up), which it orders by visit id as unsigned bytes
     * (an id from f sorts last there, first as a Java UUID); and a visit delivered again under
     * another event id with other data, which the summary does not take.
     * All on one topic and partition, so that the rebuild replays them in the order they were consumed.
     */
    private static UUID visitsComparedAsTheDatabaseOrdersThem(KafkaEvents kafka, Instant day) {
        UUID patientId = referredHomePatient();
        Instant at = day.plus(3, ChronoUnit.HOURS);
        UUID low = visitId(0x0);
        kafka.publish(HOME_SERVICE, homeVisit(low, patientId, at, 3));
        kafka.publish(HOME_SERVICE, homeVisit(visitId(0xf), patientId, at, 8));
        kafka.publish(HOME_SERVICE, homeVisit(visitId(0x1), patientId, at.plusNanos(400), 5));
        kafka.publish(HOME_SERVICE, homeVisit(visitId(0x2), patientId, at.plusNanos(600), 7));
        kafka.publish(HOME_SERVICE, homeVisit(UUID.randomUUID(), patientId, at.plusSeconds(1), 2));
        kafka.publish(HOME_SERVICE, homeVisit(low, patientId, at.plusSeconds(2), 9));
        kafka.publish(HOME_SERVICE, homeVisit(UUID.randomUUID(), patientId, at.plusSeconds(3), 4));
        return patientId;
    }

    /**
     * Code statuses of which the summary keeps the first of the newest, by clinical time as the
     * database keeps it: an older one, one 400 ns newer (the same microsecond), one 600 ns newer
     * (the next), and one of that next microsecond. All of them one batch of the rebuild.
     */
    private static void codeStatusesComparedAsTheDatabaseComparesThem(KafkaEvents kafka, UUID patientId, Instant day) {
        Instant at = day.plus(4, ChronoUnit.HOURS);
        kafka.publish(INPATIENT_SERVICE, codeStatus(patientId, CodeStatus.DNR, at));
        kafka.publish(INPATIENT_SERVICE, codeStatus(patientId, CodeStatus.FULL_CODE, at.minus(1, ChronoUnit.DAYS)));
        kafka.publish(INPATIENT_SERVICE, codeStatus(patientId, CodeStatus.COMFORT_MEASURES_ONLY, at.plusNanos(400)));
        kafka.publish(INPATIENT_SERVICE, codeStatus(patientId, CodeStatus.DNR_DNI, at.plusNanos(600)));
        kafka.publish(INPATIENT_SERVICE, codeStatus(patientId, CodeStatus.FULL_CODE, at.plusNanos(1000)));
    }

    private static CodeStatusChanged codeStatus(UUID patientId, CodeStatus codeStatus, Instant at) {
        return new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.INPATIENT, codeStatus, null, "Dr. Ira Byock",
                at);
    }

    private String codeStatusOf(UUID patientId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("SELECT code_status FROM summary_code_status WHERE patient_id = ?")) {
            statement.setObject(1, patientId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** A random visit id whose first hexadecimal digit is {@code digit}. */
    private static UUID visitId(long digit) {
        UUID random = UUID.randomUUID();
        return new UUID(random.getMostSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL | digit << 60,
                random.getLeastSignificantBits());
    }

    private static VisitCompleted homeVisit(UUID visitId, UUID patientId, Instant startedAt, int pain) {
        return new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "Nurse Ann Ward", Discipline.NURSE, startedAt,
                startedAt.plus(40, ChronoUnit.MINUTES), new EsasR(pain, 3, 3, 3, 3, 3, 3, 3, 3, null, null,
                        EsasCompletedBy.PATIENT), null);
    }

    /** What the patient's visits say of ESAS pain, newest first, such as "7 → 4". */
    private static List<String> esasPainOf(UUID patientId) {
        return timelineOf(patientId).getList("entries.title", String.class).stream()
                .filter(title -> title.contains("ESAS pain "))
                .map(title -> title.replaceFirst(".*ESAS pain ([^,]*),.*", "$1")).toList();
    }

    /**
     * A rebuild puts new tables in the live ones' place: they have what Flyway's migrations gave
     * the live ones, column for column and index for index, names included; the timeline's
     * arrivals go on from the live ones'; and the planner has their statistics at once.
     */
    @Test
    void theRebuiltTablesAreTheOnesTheMigrationsMade() throws SQLException {
        awaitTimeline(referredHomePatient(), 1);
        Object tables = ReadModel.TABLES.toArray(String[]::new);
        List<String> live = firstColumn(TABLE_SHAPE, tables);
        long lastLiveArrival = Long.parseLong(firstColumn("SELECT max(arrival) FROM timeline_entry").getFirst());

        rebuild();

        assertThat(firstColumn(TABLE_SHAPE, tables)).isEqualTo(live);
        assertThat(Long.parseLong(firstColumn("SELECT min(arrival) FROM timeline_entry").getFirst()))
                .isGreaterThan(lastLiveArrival);
        assertThat(firstColumn("SELECT attname FROM pg_stats WHERE tablename = 'timeline_entry'"))
                .contains("patient_id", "occurred_at", "event_type");
        assertThat(firstColumn("SELECT nspname FROM pg_namespace")).doesNotContain("read_model_rebuild")
                .isNotEmpty();
    }

    /**
     * A migration that a replica runs while another rebuilds waits for the rebuild, then changes the
     * rebuilt table: what it did is not lost with the table it would otherwise have changed.
     */
    @Test
    void aMigrationDuringARebuildChangesTheRebuiltTable() throws SQLException {
        CompletableFuture<JsonPath> rebuilding = CompletableFuture.supplyAsync(ReadModelRebuildTest::rebuild);
        await("the rebuild holding the live tables against change").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(5)).until(() -> !firstColumn("""
                SELECT mode FROM pg_locks WHERE relation = CAST('timeline_entry' AS regclass)
                AND mode = 'ExclusiveLock' AND granted""").isEmpty());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX timeline_by_title ON timeline_entry (title)");
            try {
                rebuilding.join();
                assertThat(firstColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'timeline_entry'"))
                        .contains("timeline_by_title");
            } finally {
                statement.execute("DROP INDEX timeline_by_title");
            }
        }
    }

    /**
     * A reader that holds one table of the read model while the rebuild swaps them, and then reads
     * one the swap has taken already, reads both, and the rebuild completes: the swap lets go and
     * tries again rather than waiting for the reader while the reader waits for it.
     */
    @Test
    void aReaderOfTwoTablesDuringTheSwapReadsBothAndTheRebuildCompletes() throws SQLException {
        try (Connection reader = dataSource.getConnection(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.executeQuery("SELECT count(*) FROM summary_appointment").close();
            CompletableFuture<JsonPath> rebuilding = CompletableFuture.supplyAsync(ReadModelRebuildTest::rebuild);
            // The swap drops the care team's table before the appointments', for which it now waits.
            await("the swap waiting for the reader").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> !firstColumn("""
                            SELECT mode FROM pg_locks WHERE relation = CAST('summary_appointment' AS regclass)
                            AND mode = 'AccessExclusiveLock' AND NOT granted""").isEmpty());
            statement.executeQuery("SELECT count(*) FROM summary_care_team").close();
            reader.commit();
            rebuilding.join();
        }
    }

    @Test
    void eventsThatArriveWhileTheReadModelIsRebuiltAreConsumedAfterItOnce() {
        UUID patientId = referredHomePatient();
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        Instant day = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        CompletableFuture<JsonPath> rebuilding = CompletableFuture.supplyAsync(ReadModelRebuildTest::rebuild);
        for (int i = 0; i < 20; i++) {
            kafka.publish(HOME_SERVICE, visit(patientId, CareSetting.HOME, "HH", day.plus(i, ChronoUnit.HOURS), 50));
        }
        rebuilding.join();

        awaitTimeline(patientId, 21);
        assertThat(timelineOf(patientId).getList("entries.occurredAt", String.class)).hasSize(21).doesNotHaveDuplicates();
        given().get("/api/patients/{id}/summary", patientId).then().statusCode(200);
    }

    @Test
    void onlyAnAdministratorRebuilds() {
        for (String role : List.of(Roles.COORDINATOR, Roles.CLINICIAN, Roles.AUDITOR, Roles.EHR_SYSTEM)) {
            AccessChecks.as(TestTokens.as("someone", role, Optional.of(CareSetting.HOME)))
                    .post("/api/admin/read-model/rebuild").then().statusCode(403);
        }
    }

    private static JsonPath rebuild() {
        return AccessChecks.as(TestTokens.as("max-brandt", Roles.ADMIN, Optional.empty()))
                .post("/api/admin/read-model/rebuild").then().statusCode(200).extract().jsonPath();
    }

    /** The read model once live consumption has settled: other tests' events may still be on their way. */
    private List<String> quiescentReadModel() {
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        return await().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> now = readModel();
            boolean settled = now.equals(last.getFirst());
            last.set(0, now);
            return settled ? now : null;
        }, rows -> rows != null);
    }

    /** Every row of every read-model table, as text, in a stable order, without the values of the build. */
    private List<String> readModel() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : ReadModel.TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            if (!BUILD_VALUES.getOrDefault(table, Set.of()).contains(columns.getColumnName(i))) {
                                row.put(columns.getColumnName(i), result.getObject(i));
                            }
                        }
                        rows.add(table + " " + row);
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Each row's first column, as text, sorted. */
    private List<String> firstColumn(String query, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private static UUID referredHomePatient() {
        return UUID.fromString(ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME")));
    }

    private static UUID homeReferral(UUID patientId) {
        return UUID.fromString(given().get("/api/referrals?patientId={id}", patientId).then().statusCode(200).extract()
                .jsonPath().getString("referrals[0].referralId"));
    }

    private static VisitCompleted visit(UUID patientId, CareSetting setting, String encounterClass, Instant startedAt,
            Integer pps) {
        return new VisitCompleted(UUID.randomUUID(), patientId, setting, encounterClass, "Nurse Ann Ward", Discipline.NURSE,
                startedAt, startedAt.plus(40, ChronoUnit.MINUTES), new EsasR(6, 3, 3, 3, 3, 3, 3, 3, 3, null, null,
                        EsasCompletedBy.PATIENT), pps);
    }

    private static JsonPath timelineOf(UUID patientId) {
        return given().get("/api/patients/{id}/timeline?limit=500", patientId).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitTimeline(UUID patientId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> timelineOf(patientId).getList("entries").size() >= entries);
    }
}
