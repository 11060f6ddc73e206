package org.pallium.gateway.mapping.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.pallium.events.CareSetting;
import org.pallium.events.CoverageType;

/**
 * Pallium's own code systems in FHIR resources, for what R4 has no element or code for: the care
 * setting a referral names, the circumstances the routing rules read, whether the diagnosis is an
 * advanced cancer, and who pays. The validator knows them, so it reports an unknown code where it
 * stands, like any other.
 */
public final class PalliumCodeSystems {

    /** {@code ServiceRequest.performerType}: the setting the referrer chooses. */
    public static final String CARE_SETTING = "urn:pallium:care-setting";
    /** {@code ServiceRequest.orderDetail}: what the routing rules read when no setting is chosen. */
    public static final String ROUTING = "urn:pallium:routing";
    /** {@code Condition.stage.summary}: whether the diagnosis is an advanced cancer. */
    public static final String CANCER_STAGE = "urn:pallium:cancer-stage";
    /** {@code Coverage.type}: who pays. */
    public static final String COVERAGE_TYPE = "urn:pallium:coverage-type";

    static final String ADVANCED_CANCER = "advanced-cancer";
    static final String NOT_ADVANCED_CANCER = "not-advanced-cancer";

    /** The patient's circumstances that the routing rules read. */
    enum RoutingCircumstance {
        ADMITTED("admitted", "The patient is admitted to hospital now"),
        HOMEBOUND("homebound", "The patient cannot leave home without great effort"),
        HOME_CARE_REQUESTED("home-care-requested", "The referrer asks for care at home");

        private final String code;
        private final String display;

        RoutingCircumstance(String code, String display) {
            this.code = code;
            this.display = display;
        }

        static Optional<RoutingCircumstance> ofCode(String code) {
            return Arrays.stream(values()).filter(circumstance -> circumstance.code.equals(code)).findFirst();
        }
    }

    private PalliumCodeSystems() {
    }

    public static List<CodeSystem> all() {
        CodeSystem settings = codeSystem(CARE_SETTING, "PalliumCareSetting", "The care setting a referral goes to");
        Arrays.stream(CareSetting.values()).forEach(setting -> settings.addConcept().setCode(setting.name()).setDisplay(display(setting)));
        CodeSystem routing = codeSystem(ROUTING, "PalliumRouting", "The circumstances Pallium's routing rules read");
        Arrays.stream(RoutingCircumstance.values())
                .forEach(circumstance -> routing.addConcept().setCode(circumstance.code).setDisplay(circumstance.display));
        CodeSystem stage = codeSystem(CANCER_STAGE, "PalliumCancerStage", "Whether a diagnosis is an advanced cancer, for"
                + " which guidelines ask for palliative care within 8 weeks of diagnosis");
        stage.addConcept().setCode(ADVANCED_CANCER).setDisplay("Advanced cancer");
        stage.addConcept().setCode(NOT_ADVANCED_CANCER).setDisplay("Not an advanced cancer");
        CodeSystem coverage = codeSystem(COVERAGE_TYPE, "PalliumCoverageType", "Who pays for the patient's care");
        Arrays.stream(CoverageType.values()).forEach(type -> coverage.addConcept().setCode(type.name()).setDisplay(display(type)));
        return List.of(settings, routing, stage, coverage);
    }

    static String display(CareSetting setting) {
        return switch (setting) {
            case INPATIENT -> "Inpatient palliative consult team";
            case OUTPATIENT -> "Symptom management clinic";
            case HOME -> "Home-based palliative care programme";
        };
    }

    private static String display(CoverageType type) {
        return switch (type) {
            case MEDICARE -> "Medicare";
            case MEDICAID -> "Medicaid";
            case VA -> "Veterans Affairs";
            case PRIVATE -> "Private insurance";
            case SELF_PAY -> "Self-pay";
            case OTHER -> "Other";
        };
    }

    private static CodeSystem codeSystem(String url, String name, String description) {
        CodeSystem codeSystem = new CodeSystem();
        codeSystem.setUrl(url);
        codeSystem.setName(name);
        codeSystem.setDescription(description);
        codeSystem.setStatus(PublicationStatus.ACTIVE);
        codeSystem.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        codeSystem.setCaseSensitive(true);
        return codeSystem;
    }
}
