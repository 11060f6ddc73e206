package org.pallium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;

class CallerTest {

    @Test
    void aClinicianIsOfTheSettingTheirTokenNames() {
        Caller caller = Caller.of(identity("rn.okafor", Roles.CLINICIAN, "HOME"));

        assertThat(caller).isEqualTo(new Caller("rn.okafor", Set.of(Roles.CLINICIAN), Optional.of(CareSetting.HOME)));
        assertThat(caller.isClinicianIn(CareSetting.HOME)).isTrue();
        assertThat(caller.isClinicianIn(CareSetting.INPATIENT)).isFalse();
    }

    @Test
    void aTokenWithoutTheSettingClaimOrWithAnUnknownSettingGivesNoSetting() {
        assertThat(Caller.of(identity("ana.silva", Roles.COORDINATOR, null)).setting()).isEmpty();
        assertThat(Caller.of(identity("rn.okafor", Roles.CLINICIAN, "WARD")).setting()).isEmpty();
        assertThat(Caller.of(identity("rn.okafor", Roles.CLINICIAN, "home")).setting()).isEmpty();
    }

    @Test
    void anAnonymousCallerHasNoRolesNorSetting() {
        assertThat(Caller.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build()))
                .isEqualTo(new Caller("anonymous", Set.of(), Optional.empty()));
    }

    @Test
    void theCallerIsReadOnceWhenTheRequestIsAuthenticatedAndKeptOnTheIdentity() {
        SecurityIdentity authenticated = identity("rn.okafor", Roles.CLINICIAN, "INPATIENT");

        SecurityIdentity augmented = new CallerAugmentor().augment(authenticated, null).await().indefinitely();

        assertThat(augmented.<Caller>getAttribute(CallerAugmentor.CALLER)).isEqualTo(Caller.of(authenticated));
        assertThat(new PatientAccess(augmented, null, null).caller()).isEqualTo(Caller.of(authenticated));
        assertThat(new PatientAccess(QuarkusSecurityIdentity.builder(authenticated)
                        .addAttribute(CallerAugmentor.CALLER, new Caller("kept", Set.of(), Optional.empty())).build(), null, null)
                .caller().id()).as("the kept caller, not the token read again").isEqualTo("kept");
    }

    private static SecurityIdentity identity(String name, String role, String setting) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(name);
        claims.setClaim("upn", name);
        claims.setStringListClaim("groups", List.of(role));
        if (setting != null) {
            claims.setClaim(Caller.SETTING_CLAIM, setting);
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).addRole(role).build();
    }
}
