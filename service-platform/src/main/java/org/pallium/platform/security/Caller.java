package org.pallium.platform.security;

import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pallium.events.CareSetting;

/**
 * Who is calling, as the verified token says: the user (or EHR system) id, the roles, and for a
 * clinician the setting of their team.
 */
public record Caller(String id, Set<String> roles, Optional<CareSetting> setting) {

    /** The token claim that names a clinician's setting: INPATIENT, OUTPATIENT or HOME. */
    public static final String SETTING_CLAIM = "pallium_setting";

    /**
     * The caller {@code identity} names: its principal, its roles and, from a token, the setting
     * claim; a setting the claim does not name exactly is none.
     */
    public static Caller of(SecurityIdentity identity) {
        Optional<CareSetting> setting = Optional.empty();
        // Read only when carried: each read of a claim the JWT library does not define throws inside it.
        if (identity.getPrincipal() instanceof JsonWebToken token && carries(token, SETTING_CLAIM)) {
            setting = Optional.ofNullable(token.<Object>getClaim(SETTING_CLAIM)).map(Object::toString)
                    .flatMap(Caller::settingNamed);
        }
        return new Caller(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                Set.copyOf(identity.getRoles()), setting);
    }

    private static boolean carries(JsonWebToken token, String claim) {
        Set<String> claims = token.getClaimNames();
        return claims != null && claims.contains(claim);
    }

    private static Optional<CareSetting> settingNamed(String name) {
        try {
            return Optional.of(CareSetting.valueOf(name.replace("\"", "")));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** A clinician of {@code setting}'s team. */
    public boolean isClinicianIn(CareSetting setting) {
        return is(Roles.CLINICIAN) && this.setting.equals(Optional.of(setting));
    }
}
