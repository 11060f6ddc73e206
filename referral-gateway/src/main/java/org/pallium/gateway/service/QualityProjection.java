package org.pallium.gateway.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.ConsultRequested;
import org.pallium.events.Diagnosis;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;

/**
 * Keeps the quality measures' read model (the V13 migration): each referral's opening, first visit
 * and ending, and each patient's advanced cancer diagnosis and first palliative visit, in the
 * consumer's transaction. Every statement is an upsert that fills only its own columns and keeps the
 * first (or earliest) value, so events arriving in any order, or again, give the same rows.
 *
 * <p>A transfer ends the referral it leaves ({@code TRANSFERRED}); the referral it opens in the next
 * setting is measured on its own, from the {@link ReferralSubmitted} the gateway hands that setting,
 * submitted at the transfer. So each setting is measured on how soon it sees the patients handed to
 * it, and a patient transferred before a visit counts as not to be seen in the setting they left.
 *
 * <p>Native statements through the entity manager: they run for a referral's few events only, not
 * for every event as the summary's do.
 */
@ApplicationScoped
public class QualityProjection {

    /** The referrer's submission says when the referral was opened, over what a consult of it said. */
    private static final String SUBMITTED = """
            INSERT INTO quality_referral (referral_id, patient_id, setting, submitted_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (referral_id) DO UPDATE SET submitted_at = excluded.submitted_at""";
    /**
     * A consult opens a referral only when it was asked for inside the hospital: for a referral the
     * hospital team accepted, the submission's time stands.
     */
    private static final String CONSULT_REQUESTED = """
            INSERT INTO quality_referral (referral_id, patient_id, setting, submitted_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (referral_id) DO UPDATE
                SET submitted_at = COALESCE(quality_referral.submitted_at, excluded.submitted_at)""";
    private static final String FIRST_VISIT = """
            INSERT INTO quality_referral (referral_id, patient_id, setting, first_visit_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (referral_id) DO UPDATE
                SET first_visit_at = LEAST(quality_referral.first_visit_at, excluded.first_visit_at)""";
    /** The first ending reported wins, as it does for the referral's status. */
    private static final String ENDED = """
            INSERT INTO quality_referral (referral_id, patient_id, setting, ended_at, ending) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (referral_id) DO UPDATE SET ended_at = excluded.ended_at, ending = excluded.ending
            WHERE quality_referral.ended_at IS NULL""";
    /** The 8 weeks run from the earliest diagnosis of advanced cancer that a referral sent. */
    private static final String DIAGNOSED = """
            INSERT INTO quality_patient (patient_id, diagnosis_system, diagnosis_code, diagnosis_text, diagnosed_on)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (patient_id) DO UPDATE SET diagnosis_system = excluded.diagnosis_system,
                diagnosis_code = excluded.diagnosis_code, diagnosis_text = excluded.diagnosis_text,
                diagnosed_on = excluded.diagnosed_on
            WHERE quality_patient.diagnosed_on IS NULL OR excluded.diagnosed_on < quality_patient.diagnosed_on""";
    private static final String SEEN = """
            INSERT INTO quality_patient (patient_id, first_seen_at) VALUES (?1, ?2)
            ON CONFLICT (patient_id) DO UPDATE
                SET first_seen_at = LEAST(quality_patient.first_seen_at, excluded.first_seen_at)""";

    private final EntityManager entityManager;

    QualityProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies a referral's opening, first visit or ending; its other steps change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReferralEvent event) {
        switch (event) {
            case ReferralSubmitted submitted -> {
                execute(SUBMITTED, submitted.referralId(), submitted.patientId(), submitted.setting(),
                        submitted.submittedAt());
                diagnosed(submitted.patientId(), submitted.diagnosis());
            }
            case ConsultRequested consult -> {
                execute(CONSULT_REQUESTED, consult.referralId(), consult.patientId(), consult.setting(),
                        consult.requestedAt());
                diagnosed(consult.patientId(), consult.diagnosis());
            }
            case ReferralFirstVisitCompleted firstVisit -> {
                execute(FIRST_VISIT, firstVisit.referralId(), firstVisit.patientId(), firstVisit.setting(),
                        firstVisit.visitStartedAt());
                execute(SEEN, firstVisit.patientId(), firstVisit.visitStartedAt());
            }
            case ReferralRejected rejected -> ended(rejected.referralId(), rejected.patientId(), rejected.setting(),
                    rejected.rejectedAt(), "REJECTED");
            case ReferralCancelled cancelled -> ended(cancelled.referralId(), cancelled.patientId(),
                    cancelled.setting(), cancelled.cancelledAt(), "CANCELLED");
            case ReferralConcluded concluded -> ended(concluded.referralId(), concluded.patientId(),
                    concluded.setting(), concluded.concludedAt(), concluded.outcome() == ReferralOutcome.COMPLETED
                            ? "COMPLETED" : "CLOSED");
            case ReferralTransferred transferred -> ended(transferred.referralId(), transferred.patientId(),
                    transferred.setting(), transferred.transferredAt(), "TRANSFERRED");
            // Neither receiving, accepting nor scheduling is a visit, nor an ending.
            case ReferralReceived received -> {
            }
            case ReferralAccepted accepted -> {
            }
            case ReferralScheduled scheduled -> {
            }
        }
    }

    /** Only a diagnosis of advanced cancer with its date starts the 8 weeks. */
    private void diagnosed(UUID patientId, Diagnosis diagnosis) {
        if (diagnosis.advancedCancer() && diagnosis.diagnosedOn() != null) {
            execute(DIAGNOSED, patientId, diagnosis.code().system(), diagnosis.code().code(), diagnosis.text(),
                    diagnosis.diagnosedOn());
        }
    }

    private void ended(UUID referralId, UUID patientId, CareSetting setting, Instant endedAt, String ending) {
        execute(ENDED, referralId, patientId, setting, endedAt, ending);
    }

    /** Runs the statement with these parameters, a setting by its name. */
    private void execute(String sql, Object... parameters) {
        Query statement = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i] instanceof CareSetting setting ? setting.name() : parameters[i]);
        }
        statement.executeUpdate();
    }
}
