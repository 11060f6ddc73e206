package org.pallium.gateway.mapping.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.pallium.events.CareSetting;

/**
 * Pallium's own code systems in FHIR resources: the care settings a referral can name, and the
 * circumstances the routing rules read. The validator knows them, so it reports an unknown code
 * where it stands, like any other.
 */
public final class PalliumCodeSystems {

    /** {@code ServiceRequest.performerType}: the setting the referrer chooses. */
    public static final String CARE_SETTING = "urn:pallium:care-setting";
    /** {@code ServiceRequest.orderDetail}: what the routing rules read when no setting is chosen. */
    public static final String ROUTING = "urn:pallium:routing";

    /** The patient's circumstances that the routing rules read. */
    public enum RoutingCircumstance {
        ADMITTED("admitted", "The patient is admitted to hospital now"),
        HOMEBOUND("homebound", "The patient cannot leave home without great effort"),
        HOME_CARE_REQUESTED("home-care-requested", "The referrer asks for care at home");

        private final String code;
        private final String display;

        RoutingCircumstance(String code, String display) {
            this.code = code;
            this.display = display;
        }

        public String code() {
            return code;
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
        return List.of(settings, routing);
    }

    static String display(CareSetting setting) {
        return switch (setting) {
            case INPATIENT -> "Inpatient palliative consult team";
            case OUTPATIENT -> "Symptom management clinic";
            case HOME -> "Home-based palliative care programme";
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
