package org.pallium.gateway.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pallium.gateway.config.QualityConfig;
import org.pallium.gateway.repository.QualityPatient;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.TimeToFirstVisit;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.PatientAccess;

/**
 * The quality measures of the programme, read from the model {@link QualityProjection} keeps: how
 * soon referred patients are seen, and which patients with advanced cancer still wait to be.
 */
@ApplicationScoped
public class QualityMeasuresService {

    /** A page of the worklist, with each patient's open referral and the day it was read on. */
    public record Worklist(List<QualityPatient> patients, Map<UUID, Referral> openReferrals, LocalDate today) {
    }

    private final EntityManager entityManager;
    private final PatientAccess access;
    private final GatewayPatientScope scope;
    private final QualityConfig config;
    private final Clock clock;

    QualityMeasuresService(EntityManager entityManager, PatientAccess access, GatewayPatientScope scope,
            QualityConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

    /** The time to first visit by month and setting, for the months from {@code from} to {@code to}, both included. */
    @Transactional
    public List<TimeToFirstVisit> timeToFirstVisit(YearMonth from, YearMonth to) {
        return TimeToFirstVisit.of(entityManager, from, to, config.zone());
    }

    /** The month it is now in the programme's zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(config.zone()));
    }

    /**
     * A page of the patients with advanced cancer not seen by palliative care yet, of those the
     * caller may see: everyone for a coordinator, the patients on their setting's census for a
     * clinician.
     */
    @Transactional
    public Worklist advancedCancerWorklist(PageRequest page) {
        List<QualityPatient> patients = QualityPatient.notSeen(scope.visibilityOf(access.caller()), page);
        return new Worklist(patients, QualityPatient.openReferralsOf(patients), LocalDate.now(clock.withZone(config.zone())));
    }
}
