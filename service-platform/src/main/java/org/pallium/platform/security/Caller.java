package org.pallium.platform.security;

import java.util.Optional;
import java.util.Set;

import org.pallium.events.CareSetting;

/**
 * Who is calling, as the verified token says: the user (or EHR system) id, the roles, and for a
 * clinician the setting of their team.
 */
public record Caller(String id, Set<String> roles, Optional<CareSetting> setting) {

    /** The token claim that names a clinician's setting: INPATIENT, OUTPATIENT or HOME. */
    public static final String SETTING_CLAIM = "pallium_setting";

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** A clinician of {@code setting}'s team. */
    public boolean isClinicianIn(CareSetting setting) {
        return is(Roles.CLINICIAN) && this.setting.equals(Optional.of(setting));
    }
}
