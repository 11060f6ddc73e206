package org.pallium.platform.local;

import java.nio.file.Path;

/** The four services of the suite, as the launcher runs them. */
public enum SuiteService {
    /** Its FHIR validator holds every HL7 R4 definition once warm, some 220 MB: in 256 MB it would only collect garbage. */
    REFERRAL_GATEWAY("referral-gateway", 8080, "gateway", "512m"),
    INPATIENT("inpatient-service", 8081, "inpatient", "256m"),
    OUTPATIENT("outpatient-service", 8082, "outpatient", "256m"),
    HOME_VISIT("home-visit-service", 8083, "homevisit", "256m");

    private final String moduleName;
    private final int defaultPort;
    private final String database;
    private final String laptopHeap;

    SuiteService(String moduleName, int defaultPort, String database, String laptopHeap) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.laptopHeap = laptopHeap;
    }

    public String moduleName() {
        return moduleName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The largest heap it gets when the suite runs on a laptop, such as {@code 256m}. */
    public String laptopHeap() {
        return laptopHeap;
    }

    /** The runnable application that {@code ./mvnw package} builds. */
    public Path runner(Path projectRoot) {
        return projectRoot.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
