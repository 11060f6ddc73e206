package org.pallium.homevisit.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.homevisit.repository.VisitStatus;
import org.pallium.platform.lifecycle.ReferralEnded;
import org.pallium.platform.outbox.Outbox;

/**
 * Closes what the programme kept open for a patient whose admission ended (discharged, transferred
 * to another setting, rejected or withdrawn): the visits still scheduled under it are cancelled and
 * published as such, so that no nurse's route, nor the gateway's next appointment, keeps them; and
 * once the patient has no admission left on the census, their visit plans end that day, so that the
 * schedule generates nothing more. A visit under way is left for its nurse to finish.
 */
@ApplicationScoped
public class AdmissionEndings {

    /** The reason a visit cancelled with its admission gives. */
    static final String ADMISSION_ENDED = "Admission ended";

    private final Outbox outbox;
    private final ChangeFeed changeFeed;
    private final HomeProgrammeConfig config;

    AdmissionEndings(Outbox outbox, ChangeFeed changeFeed, HomeProgrammeConfig config) {
        this.outbox = outbox;
        this.changeFeed = changeFeed;
        this.config = config;
    }

    void close(@Observes ReferralEnded ended) {
        if (!(ended.referral() instanceof HomeAdmission admission)) {
            return;
        }
        List<HomeVisit> ahead = HomeVisit.list("admissionId = ?1 and status = ?2", admission.id, VisitStatus.SCHEDULED);
        ahead.forEach(visit -> outbox.record(visit.cancel(ADMISSION_ENDED, ended.by(), ended.at())));
        LocalDate lastDay = LocalDate.ofInstant(ended.at(), config.timeZone());
        List<VisitPlan> running = HomeAdmission.onCensus(admission.patientId) ? List.of()
                : VisitPlan.list("patientId = ?1 and (endsOn is null or endsOn > ?2)", admission.patientId, lastDay);
        running.forEach(plan -> plan.endsOn = lastDay);
        ahead.forEach(visit -> changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id));
        running.forEach(plan -> changeFeed.changed(SyncKind.VISIT_PLAN, plan.patientId, plan.id));
    }
}
