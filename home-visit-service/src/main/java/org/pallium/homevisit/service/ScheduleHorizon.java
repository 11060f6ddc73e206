package org.pallium.homevisit.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Keeps the visit plans' schedule generated as far ahead as the horizon as days pass, so that a
 * nurse's app always holds the coming weeks' visits, including on a long offline stretch. It runs at
 * start and then periodically; a run that overlaps the previous one is skipped, and several
 * replicas running at once schedule each day's visit once (see {@link VisitScheduleService#extendSchedules}).
 */
@ApplicationScoped
public class ScheduleHorizon {

    private static final Logger LOG = Logger.getLogger(ScheduleHorizon.class);

    private final VisitScheduleService schedule;

    ScheduleHorizon(VisitScheduleService schedule) {
        this.schedule = schedule;
    }

    @Scheduled(identity = "visit-plan-horizon", every = "${pallium.home.schedule-extension-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void extend() {
        int scheduled = schedule.extendSchedules();
        if (scheduled > 0) {
            LOG.infof("Scheduled %d visit(s) of running visit plans up to the horizon", scheduled);
        }
    }
}
