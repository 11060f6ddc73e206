package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.EsasR;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.VisitCompleted;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.EssentialFactKind;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.platform.config.JsonColumnFormat;

/**
 * Keeps what other settings record of a patient's essentials, from their events: the code status,
 * the healthcare agent, the advance care planning documents and the goals of care (the newest of
 * each), and every ESAS-r and PPS they published. A handover tells all of these at once. Kept for
 * every patient whose event arrives, admitted to the home programme or not, since the hospital often
 * documents a code status before the referral home arrives.
 *
 * <p>Clinical time decides what is current: a statement replaces a fact only when it is newer, ties
 * going to the greater source id, so the facts end up the same whatever order the events arrive in,
 * and an event delivered again (even under another id) changes nothing. One atomic upsert per fact,
 * so that this holds also when two consumers race during a rebalance. When something changed, the
 * patient's doorstep view is appended to the change feed, last, for the mobile apps to fetch again.
 */
@ApplicationScoped
public class EssentialFacts {

    private static final String FACT = """
            INSERT INTO essential_fact (patient_id, fact, code_status, agent_name, agent_relationship, agent_phone,
                                        document_status, reference, what_matters, decisions, setting, recorded_by,
                                        recorded_at, source_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            ON CONFLICT (patient_id, fact) DO UPDATE SET code_status = excluded.code_status,
                agent_name = excluded.agent_name, agent_relationship = excluded.agent_relationship,
                agent_phone = excluded.agent_phone, document_status = excluded.document_status,
                reference = excluded.reference, what_matters = excluded.what_matters, decisions = excluded.decisions,
                setting = excluded.setting, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
                source_id = excluded.source_id
            WHERE (essential_fact.recorded_at, essential_fact.source_id) < (excluded.recorded_at, excluded.source_id)""";
    /** A visit's or a handover's scores are assessed once: the same source again changes nothing. */
    private static final String ASSESSMENT = """
            INSERT INTO received_assessment (source_id, patient_id, setting, esas, esas_assessed_at, pps, pps_assessed_at)
            VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5, ?6, ?7)
            ON CONFLICT (source_id) DO NOTHING""";

    /** Where a statement comes from, and when it was made (clinical time). */
    private record Source(UUID id, UUID patientId, CareSetting setting, String recordedBy, Instant recordedAt) {
    }

    /** What a statement says of one fact; only the parts of its kind are set. */
    private record Statement(EssentialFactKind fact, CodeStatus codeStatus, HealthcareAgent agent,
            AcpDocumentStatus documentStatus, String reference, String whatMatters, String decisions) {

        static Statement codeStatus(CodeStatus codeStatus, AcpDocumentStatus documentStatus, String reference) {
            return new Statement(EssentialFactKind.CODE_STATUS, codeStatus, null, documentStatus, reference, null, null);
        }

        static Statement agent(HealthcareAgent agent, AcpDocumentStatus documentStatus, String reference) {
            return new Statement(EssentialFactKind.HEALTHCARE_AGENT, null, agent, documentStatus, reference, null, null);
        }

        static Statement document(EssentialFactKind document, AcpDocumentStatus status, String reference) {
            return new Statement(document, null, null, status, reference, null, null);
        }

        static Statement goals(String whatMatters, String decisions) {
            return new Statement(EssentialFactKind.GOALS_OF_CARE, null, null, null, null, whatMatters, decisions);
        }
    }

    private final EntityManager entityManager;
    private final ChangeFeed changeFeed;

    EssentialFacts(EntityManager entityManager, ChangeFeed changeFeed) {
        this.entityManager = entityManager;
        this.changeFeed = changeFeed;
    }

    /** Whether the event tells an essential: the event consumer hands only these to {@link #apply}. */
    public boolean tells(PalliumEvent event) {
        return switch (event) {
            case CodeStatusChanged status -> true;
            case AcpDocumentChanged document -> documentStatement(document).isPresent();
            case GoalsOfCareDocumented goals -> true;
            case PatientTransitioned transition -> true;
            case VisitCompleted visit -> visit.esas() != null || visit.pps() != null;
            default -> false;
        };
    }

    /** Keeps what the event tells, in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PalliumEvent event) {
        boolean changed = switch (event) {
            case CodeStatusChanged status -> state(new Source(status.codeStatusId(), status.patientId(),
                    status.setting(), status.documentedBy(), status.effectiveAt()),
                    Statement.codeStatus(status.codeStatus(), null, null));
            case AcpDocumentChanged document -> state(new Source(document.documentId(), document.patientId(),
                    document.setting(), document.changedBy(), document.changedAt()),
                    documentStatement(document).orElseThrow());
            case GoalsOfCareDocumented goals -> state(new Source(goals.conversationId(), goals.patientId(),
                    goals.setting(), goals.documentedBy(), goals.heldAt()),
                    Statement.goals(goals.whatMatters(), goals.decisions()));
            case PatientTransitioned transition -> handover(transition);
            case VisitCompleted visit -> assessed(visit.visitId(), visit.patientId(), visit.setting(), visit.esas(),
                    visit.startedAt(), visit.pps(), visit.startedAt());
            default -> throw new IllegalArgumentException("not an event that tells an essential: " + event);
        };
        if (changed) {
            changeFeed.changed(SyncKind.ESSENTIALS, event.patientId(), event.patientId());
        }
    }

    /**
     * A code status document states the code status; a health care power of attorney, the agent it
     * names (one that names none yet states nothing); the others, where they stand.
     */
    private static Optional<Statement> documentStatement(AcpDocumentChanged document) {
        return switch (document.documentType()) {
            case CODE_STATUS -> Optional.of(Statement.codeStatus(document.codeStatus(), document.status(),
                    document.reference()));
            case HEALTH_CARE_POWER_OF_ATTORNEY -> Optional.ofNullable(document.healthcareAgent())
                    .map(agent -> Statement.agent(agent, document.status(), document.reference()));
            case LIVING_WILL -> Optional.of(Statement.document(EssentialFactKind.LIVING_WILL, document.status(),
                    document.reference()));
            case ADVANCE_DIRECTIVE -> Optional.of(Statement.document(EssentialFactKind.ADVANCE_DIRECTIVE,
                    document.status(), document.reference()));
            case POLST -> Optional.of(Statement.document(EssentialFactKind.POLST, document.status(),
                    document.reference()));
        };
    }

    /**
     * Every part of the handover, as the handing-over team stated it at the transition; its scores
     * at the times they were assessed. The advance directive is the team's note of where it is.
     */
    private boolean handover(PatientTransitioned transition) {
        Handover handover = transition.handover();
        Source source = new Source(transition.transitionId(), transition.patientId(), transition.setting(),
                transition.transitionedBy(), transition.transitionedAt());
        boolean changed = false;
        if (handover.codeStatus() != null) {
            changed |= state(source, Statement.codeStatus(handover.codeStatus(), null, null));
        }
        if (handover.healthcareAgent() != null) {
            changed |= state(source, Statement.agent(handover.healthcareAgent(), null, null));
        }
        if (handover.advanceDirective() != null) {
            changed |= state(source, Statement.document(EssentialFactKind.ADVANCE_DIRECTIVE, null,
                    handover.advanceDirective()));
        }
        if (handover.whatMatters() != null || handover.decisions() != null) {
            changed |= state(source, Statement.goals(handover.whatMatters(), handover.decisions()));
        }
        if (handover.esas() != null || handover.pps() != null) {
            changed |= assessed(transition.transitionId(), transition.patientId(), transition.setting(),
                    handover.esas(), handover.esasAssessedAt(), handover.pps(), handover.ppsAssessedAt());
        }
        return changed;
    }

    /** Whether the statement became the patient's current fact. */
    private boolean state(Source source, Statement statement) {
        HealthcareAgent agent = statement.agent();
        return entityManager.createNativeQuery(FACT)
                .setParameter(1, source.patientId())
                .setParameter(2, statement.fact().name())
                .setParameter(3, nameOf(statement.codeStatus()))
                .setParameter(4, agent == null ? null : agent.name())
                .setParameter(5, agent == null ? null : agent.relationship())
                .setParameter(6, agent == null ? null : agent.phone())
                .setParameter(7, nameOf(statement.documentStatus()))
                .setParameter(8, statement.reference())
                .setParameter(9, statement.whatMatters())
                .setParameter(10, statement.decisions())
                .setParameter(11, source.setting().name())
                .setParameter(12, source.recordedBy())
                .setParameter(13, source.recordedAt())
                .setParameter(14, source.id())
                .executeUpdate() > 0;
    }

    /** Whether the scores were new. */
    /**
     * Keeps the scores a visit or handover carried; a score it did not carry has no time either (a
     * visit's start is the time of both, and a visit often assesses one score without the other).
     */
    private boolean assessed(UUID sourceId, UUID patientId, CareSetting setting, EsasR esas, Instant esasAssessedAt,
            Integer pps, Instant ppsAssessedAt) {
        return entityManager.createNativeQuery(ASSESSMENT)
                .setParameter(1, sourceId)
                .setParameter(2, patientId)
                .setParameter(3, setting.name())
                .setParameter(4, esas == null ? null : json(esas))
                .setParameter(5, esas == null ? null : esasAssessedAt)
                .setParameter(6, pps)
                .setParameter(7, pps == null ? null : ppsAssessedAt)
                .executeUpdate() > 0;
    }

    private static String nameOf(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static String json(EsasR esas) {
        try {
            return JsonColumnFormat.COLUMNS.writeValueAsString(esas);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an ESAS-r column", e);
        }
    }
}
