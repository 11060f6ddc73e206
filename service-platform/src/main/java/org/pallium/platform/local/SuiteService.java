package org.pallium.platform.local;

import java.nio.file.Path;

/** The four services of the suite, as the launcher runs them. */
public enum SuiteService {
    REFERRAL_GATEWAY("referral-gateway", 8080, "gateway"),
    INPATIENT("inpatient-service", 8081, "inpatient"),
    OUTPATIENT("outpatient-service", 8082, "outpatient"),
    HOME_VISIT("home-visit-service", 8083, "homevisit");

    private final String moduleName;
    private final int defaultPort;
    private final String database;

    SuiteService(String moduleName, int defaultPort, String database) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
        this.database = database;
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

    /** The runnable application that {@code ./mvnw package} builds. */
    public Path runner(Path projectRoot) {
        return projectRoot.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
