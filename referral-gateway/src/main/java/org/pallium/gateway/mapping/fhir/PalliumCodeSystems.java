package org.pallium.gateway.mapping.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CoverageType;
import org.pallium.events.EsasItem;

/**
 * Pallium's own code systems in FHIR resources, for what R4 has no element or code for: the care
 * setting a referral names, the circumstances the routing rules read, whether the diagnosis is an
 * advanced cancer, who pays, and the palliative assessments a patient's record shows (ESAS-r, PPS,
 * code status), for which no standard terminology has a code. The validator knows them, so it reports an unknown code where it
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

    /** {@code Observation.code}: which palliative assessment an observation records. */
    public static final String ASSESSMENT = "urn:pallium:assessment";
    /** {@code Observation.component.code}: an item of the ESAS-r. */
    public static final String ESAS_R_ITEM = "urn:pallium:esas-r-item";
    /** {@code Observation.valueCodeableConcept} of a code status. */
    public static final String CODE_STATUS = "urn:pallium:code-status";

    static final String ESAS_R = "esas-r";
    static final String PPS = "pps";
    static final String CODE_STATUS_ASSESSMENT = "code-status";
    static final String OTHER_PROBLEM = "other";

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
        CodeSystem assessment = codeSystem(ASSESSMENT, "PalliumAssessment", "The palliative assessments of a patient's record");
        assessment.addConcept().setCode(ESAS_R).setDisplay(display(ESAS_R));
        assessment.addConcept().setCode(PPS).setDisplay(display(PPS));
        assessment.addConcept().setCode(CODE_STATUS_ASSESSMENT).setDisplay(display(CODE_STATUS_ASSESSMENT));
        CodeSystem esasItems = codeSystem(ESAS_R_ITEM, "PalliumEsasRItem", "The items of the Edmonton Symptom Assessment"
                + " System, revised, each scored 0 (none) to 10 (worst possible)");
        Arrays.stream(EsasItem.values()).forEach(item -> esasItems.addConcept().setCode(item.field()).setDisplay(display(item)));
        esasItems.addConcept().setCode(OTHER_PROBLEM).setDisplay("Other problem");
        CodeSystem codeStatus = codeSystem(CODE_STATUS, "PalliumCodeStatus", "What the patient wants done if their heart or"
                + " breathing stops");
        Arrays.stream(CodeStatus.values()).forEach(status -> codeStatus.addConcept().setCode(status.name()).setDisplay(display(status)));
        return List.of(settings, routing, stage, coverage, assessment, esasItems, codeStatus);
    }

    static String display(CareSetting setting) {
        return switch (setting) {
            case INPATIENT -> "Inpatient palliative consult team";
            case OUTPATIENT -> "Symptom management clinic";
            case HOME -> "Home-based palliative care programme";
        };
    }

    static String display(String assessment) {
        return switch (assessment) {
            case ESAS_R -> "Edmonton Symptom Assessment System, revised (ESAS-r): total symptom distress score";
            case PPS -> "Palliative Performance Scale (PPS v2)";
            case CODE_STATUS_ASSESSMENT -> "Code status";
            default -> throw new IllegalArgumentException("no Pallium assessment " + assessment);
        };
    }

    static String display(EsasItem item) {
        return switch (item) {
            case PAIN -> "Pain";
            case TIREDNESS -> "Tiredness";
            case DROWSINESS -> "Drowsiness";
            case NAUSEA -> "Nausea";
            case LACK_OF_APPETITE -> "Lack of appetite";
            case SHORTNESS_OF_BREATH -> "Shortness of breath";
            case DEPRESSION -> "Depression";
            case ANXIETY -> "Anxiety";
            case WELLBEING -> "Wellbeing";
        };
    }

    static String display(CodeStatus status) {
        return switch (status) {
            case FULL_CODE -> "Full code";
            case DNR -> "Do not resuscitate (DNR)";
            case DNR_DNI -> "Do not resuscitate, do not intubate (DNR/DNI)";
            case COMFORT_MEASURES_ONLY -> "Comfort measures only";
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
