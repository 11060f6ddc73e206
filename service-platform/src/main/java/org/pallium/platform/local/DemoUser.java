package org.pallium.platform.local;

import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.platform.security.Roles;

/**
 * The people and systems of the demo data, one or more for each role, as a hospital's identity
 * provider would know them. {@code ./pallium token} signs a token for any of them.
 */
public enum DemoUser {
    SPRINGFIELD_EHR("springfield-ehr", "Springfield General Hospital EHR", Roles.EHR_SYSTEM, null),
    ROSA_LIND("dr-rosa-lind", "Dr. Rosa Lind", Roles.CLINICIAN, CareSetting.INPATIENT),
    HELEN_PARK("dr-helen-park", "Dr. Helen Park", Roles.CLINICIAN, CareSetting.OUTPATIENT),
    MEI_WONG("dr-mei-wong", "Dr. Mei Wong", Roles.CLINICIAN, CareSetting.HOME),
    TOM_REYES("nurse-tom-reyes", "Nurse Tom Reyes", Roles.HOME_NURSE, CareSetting.HOME),
    GRACE_OBI("nurse-grace-obi", "Nurse Grace Obi", Roles.HOME_NURSE, CareSetting.HOME),
    /** The home programme's social worker: visiting staff, with a nurse's role and caseload. */
    NIA_BROOKS("sw-nia-brooks", "Social worker Nia Brooks", Roles.HOME_NURSE, CareSetting.HOME),
    ANA_SILVA("ana-silva", "Coordinator Ana Silva", Roles.COORDINATOR, null),
    IRIS_NOVAK("iris-novak", "Iris Novak, privacy officer", Roles.AUDITOR, null),
    MAX_BRANDT("max-brandt", "Max Brandt, administrator", Roles.ADMIN, null);

    private final String id;
    private final String displayName;
    private final String role;
    private final CareSetting setting;

    DemoUser(String id, String displayName, String role, CareSetting setting) {
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.setting = setting;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public Optional<CareSetting> setting() {
        return Optional.ofNullable(setting);
    }

    /** A token for this user from {@code issuer}. */
    public String token(DevIssuer issuer) {
        return issuer.token(id, role, setting().map(Enum::name));
    }

    /** The demo user with this id, or the first one holding this role. */
    public static Optional<DemoUser> named(String idOrRole) {
        for (DemoUser user : values()) {
            if (user.id.equals(idOrRole)) {
                return Optional.of(user);
            }
        }
        for (DemoUser user : values()) {
            if (user.role.equals(idOrRole)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }
}
