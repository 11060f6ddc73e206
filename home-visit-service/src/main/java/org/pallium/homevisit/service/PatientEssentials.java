package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.EsasR;
import org.pallium.homevisit.repository.EssentialFact;
import org.pallium.homevisit.repository.EssentialFactKind;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.PatientConcern;

/**
 * What a nurse needs of a patient on the doorstep, from whichever setting recorded it.
 *
 * @param home       the patient's home record; null when the programme has not recorded it yet
 * @param facts      the newest fact of each kind that some setting stated
 * @param esas       the latest ESAS-r of any setting, and the one before; null when none was assessed
 * @param pps        the latest PPS level of any setting, and the one before; null when none was assessed
 * @param lastVisit  the last completed home visit; null when none
 */
public record PatientEssentials(
        UUID patientId,
        HomePatient home,
        Map<EssentialFactKind, EssentialFact> facts,
        List<FamilyContact> familyContacts,
        List<PatientConcern> openConcerns,
        Trend<EsasR> esas,
        Trend<Integer> pps,
        HomeVisit lastVisit) {

    /** A score as a setting assessed it, at its clinical time. */
    public record Reading<T>(T value, CareSetting setting, Instant assessedAt) {
    }

    /**
     * @param previous the reading before the latest, by clinical time; null when there is none
     */
    public record Trend<T>(Reading<T> latest, Reading<T> previous) {
    }
}
