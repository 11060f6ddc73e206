package org.pallium.gateway.service;

import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.RoutingReason;

/**
 * Where a referral goes when the referrer leaves it to Pallium, by the documented rules, in this
 * order: an admitted patient to the inpatient consult team; a homebound patient, or one for whom
 * home care was requested, to the home programme; everyone else to the outpatient clinic. A
 * setting the referrer names always wins.
 */
public final class ReferralRouting {

    /** The setting and the rule that chose it. */
    public record Route(CareSetting setting, RoutingReason reason) {
    }

    /** The patient's circumstances that the rules read; absent means no. */
    public record Circumstances(boolean admitted, boolean homebound, boolean homeCareRequested) {
    }

    private ReferralRouting() {
    }

    public static Route route(Optional<CareSetting> requested, Circumstances circumstances) {
        if (requested.isPresent()) {
            return new Route(requested.get(), RoutingReason.REQUESTED_BY_REFERRER);
        }
        if (circumstances.admitted()) {
            return new Route(CareSetting.INPATIENT, RoutingReason.PATIENT_ADMITTED);
        }
        if (circumstances.homebound() || circumstances.homeCareRequested()) {
            return new Route(CareSetting.HOME, RoutingReason.HOMEBOUND_OR_HOME_CARE_REQUESTED);
        }
        return new Route(CareSetting.OUTPATIENT, RoutingReason.EVERYONE_ELSE_TO_CLINIC);
    }
}
