package org.pallium.homevisit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.events.EvvExceptionKind;
import org.pallium.events.EvvExceptionRaised;
import org.pallium.events.EvvStage;
import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.EvvFlag;
import org.pallium.homevisit.repository.EvvPosition;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;

/**
 * Electronic Visit Verification of a visit's check-in and check-out: where the clinician was,
 * compared with the patient's address. A position far from the address, or an address without
 * coordinates to compare with, is flagged on the visit and published for a coordinator's review,
 * never refused: a phone's fix drifts indoors and in rural areas, and the visit took place either
 * way. EVV is for in-person visits (the Cures Act's home health visits), so a video visit's position
 * is neither required nor compared.
 */
@ApplicationScoped
public class EvvVerification {

    /** The Earth's mean radius (IUGG), in metres: the haversine distance's error is well under the threshold's. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final HomeProgrammeConfig config;
    private final Outbox outbox;

    EvvVerification(HomeProgrammeConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    /**
     * The check as the visit keeps it, with its distance from the patient's address; a flag it
     * raises is added to the visit and its event recorded in the outbox.
     *
     * @throws ProblemException 422 when an in-person check has no position
     */
    public EvvPosition verify(HomeVisit visit, EvvStage stage, VisitCheck check) {
        if (visit.mode == VisitMode.VIDEO) {
            return check.position(null);
        }
        if (!check.located()) {
            throw new ProblemException(422, "Position required",
                    "An in-person visit's " + stage + " needs the latitude and longitude of where it took place");
        }
        Optional<HomePatient> home = HomePatient.find(visit.patientId).filter(HomePatient::located);
        if (home.isEmpty()) {
            flag(visit, new EvvFlag(EvvExceptionKind.ADDRESS_NOT_LOCATED, stage, null, null), check);
            return check.position(null);
        }
        int distance = metresBetween(check.latitude(), check.longitude(), home.get().latitude, home.get().longitude);
        int threshold = config.evv().maxDistance();
        if (distance > threshold) {
            flag(visit, new EvvFlag(EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS, stage, distance, threshold), check);
        }
        return check.position(distance);
    }

    private void flag(HomeVisit visit, EvvFlag flag, VisitCheck check) {
        List<EvvFlag> flags = new ArrayList<>(visit.evvExceptions);
        flags.add(flag);
        visit.evvExceptions = flags;
        outbox.record(new EvvExceptionRaised(visit.id, visit.patientId, CareSetting.HOME, flag.kind(), flag.stage(),
                flag.distanceMeters(), flag.thresholdMeters(), visit.clinician, check.at()));
    }

    /** The great-circle (haversine) distance between two positions, in whole metres. */
    static int metresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLatitude = Math.toRadians(latitude2 - latitude1);
        double dLongitude = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLongitude / 2), 2);
        return (int) Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
    }
}
