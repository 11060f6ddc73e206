package org.pallium.platform.local;

import java.nio.file.Path;
import java.util.Optional;

import org.pallium.events.CareSetting;

/** The four services of the suite, as the launcher runs them. */
public enum SuiteService {
    /** Its FHIR validator holds every HL7 R4 definition once warm, some 220 MB: in 256 MB it would only collect garbage. */
    REFERRAL_GATEWAY("referral-gateway", 8080, "gateway", "512m", null),
    INPATIENT("inpatient-service", 8081, "inpatient", "256m", CareSetting.INPATIENT),
    OUTPATIENT("outpatient-service", 8082, "outpatient", "256m", CareSetting.OUTPATIENT),
    HOME_VISIT("home-visit-service", 8083, "homevisit", "256m", CareSetting.HOME);

    private final String moduleName;
    private final int defaultPort;
    private final String database;
    private final String laptopHeap;
    private final CareSetting setting;

    SuiteService(String moduleName, int defaultPort, String database, String laptopHeap, CareSetting setting) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.laptopHeap = laptopHeap;
        this.setting = setting;
    }

    /** The care setting whose service this is; none for the gateway, which serves them all. */
    public Optional<CareSetting> setting() {
        return Optional.ofNullable(setting);
    }

    public static SuiteService of(CareSetting setting) {
        for (SuiteService service : values()) {
            if (service.setting == setting) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service for " + setting);
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
