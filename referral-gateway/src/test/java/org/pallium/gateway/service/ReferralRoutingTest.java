package org.pallium.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.RoutingReason;

class ReferralRoutingTest {

    @ParameterizedTest(name = "admitted={0} homebound={1} homeCareRequested={2} -> {3}")
    @CsvSource({
            "true,  false, false, INPATIENT,  PATIENT_ADMITTED",
            "true,  true,  true,  INPATIENT,  PATIENT_ADMITTED",
            "false, true,  false, HOME,       HOMEBOUND_OR_HOME_CARE_REQUESTED",
            "false, false, true,  HOME,       HOMEBOUND_OR_HOME_CARE_REQUESTED",
            "false, true,  true,  HOME,       HOMEBOUND_OR_HOME_CARE_REQUESTED",
            "false, false, false, OUTPATIENT, EVERYONE_ELSE_TO_CLINIC"})
    void withoutASettingTheRulesDecideInTheirOrder(boolean admitted, boolean homebound, boolean homeCareRequested,
            CareSetting setting, RoutingReason reason) {
        ReferralRouting.Route route = ReferralRouting.route(Optional.empty(),
                new ReferralRouting.Circumstances(admitted, homebound, homeCareRequested));

        assertThat(route).isEqualTo(new ReferralRouting.Route(setting, reason));
    }

    @Test
    void aSettingTheReferrerNamesAlwaysWins() {
        ReferralRouting.Route route = ReferralRouting.route(Optional.of(CareSetting.OUTPATIENT),
                new ReferralRouting.Circumstances(true, true, true));

        assertThat(route).isEqualTo(new ReferralRouting.Route(CareSetting.OUTPATIENT, RoutingReason.REQUESTED_BY_REFERRER));
    }
}
