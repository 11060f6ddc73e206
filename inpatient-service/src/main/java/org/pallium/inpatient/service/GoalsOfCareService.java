package org.pallium.inpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.HealthcareAgent;
import org.pallium.inpatient.repository.AdvanceDirective;
import org.pallium.inpatient.repository.AdvanceDirectiveStatus;
import org.pallium.inpatient.repository.CodeStatusEntry;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.GoalsOfCareConversation;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Goals of care: the conversations, the code status with its history, and the advance directive
 * with the healthcare agent. Each is documented under an open consult, by the caller.
 */
@ApplicationScoped
public class GoalsOfCareService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ConsultService consults;

    GoalsOfCareService(Outbox outbox, Clock clock, PatientAccess access, ConsultService consults) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.consults = consults;
    }

    /** A conversation; the same id again returns the first record. */
    @Transactional
    public Recorded<GoalsOfCareConversation> documentConversation(UUID consultId, UUID conversationId, Instant heldAt,
            List<String> participants, String whatMatters, String decisions) {
        Consult consult = consults.lockOpen(consultId);
        Optional<GoalsOfCareConversation> earlier = GoalsOfCareConversation.findByIdOptional(conversationId);
        if (earlier.isPresent()) {
            requireSameConsult(earlier.get().consultId, consult, "Conversation", conversationId);
            return new Recorded<>(earlier.get(), false);
        }
        GoalsOfCareConversation conversation = new GoalsOfCareConversation();
        conversation.id = conversationId;
        conversation.consultId = consult.id;
        conversation.patientId = consult.patientId;
        conversation.heldAt = ConsultService.micros(heldAt);
        conversation.participants = List.copyOf(participants);
        conversation.whatMatters = whatMatters;
        conversation.decisions = decisions;
        conversation.documentedBy = access.caller().id();
        conversation.recordedAt = clock.instant();
        conversation.persist();
        outbox.record(new GoalsOfCareDocumented(conversation.id, conversation.patientId, CareSetting.INPATIENT,
                conversation.participants, whatMatters, decisions, conversation.documentedBy, conversation.heldAt));
        return new Recorded<>(conversation, true);
    }

    /**
     * Documents the code status in effect from {@code effectiveAt}. Every documentation is kept
     * in the history; one that changes the current status is announced, with the one it replaces.
     * The same id again returns the first record.
     */
    @Transactional
    public Recorded<CodeStatusEntry> documentCodeStatus(UUID consultId, UUID entryId, CodeStatus codeStatus,
            Instant effectiveAt, String note) {
        Consult consult = consults.lockOpen(consultId);
        Optional<CodeStatusEntry> earlier = CodeStatusEntry.findByIdOptional(entryId);
        if (earlier.isPresent()) {
            requireSameConsult(earlier.get().consultId, consult, "Code status", entryId);
            return new Recorded<>(earlier.get(), false);
        }
        Optional<CodeStatus> current = CodeStatusEntry.currentOf(consult.patientId).map(entry -> entry.codeStatus);
        CodeStatusEntry entry = new CodeStatusEntry();
        entry.id = entryId;
        entry.consultId = consult.id;
        entry.patientId = consult.patientId;
        entry.codeStatus = codeStatus;
        entry.effectiveAt = ConsultService.micros(effectiveAt);
        entry.note = note;
        entry.documentedBy = access.caller().id();
        entry.recordedAt = clock.instant();
        entry.persist();
        if (current.filter(codeStatus::equals).isEmpty()) {
            outbox.record(new CodeStatusChanged(entry.id, entry.patientId, CareSetting.INPATIENT, codeStatus,
                    current.orElse(null), entry.documentedBy, entry.effectiveAt));
        }
        return new Recorded<>(entry, true);
    }

    /** Records where the advance directive stands and who the healthcare agent is; the newest is current. */
    @Transactional
    public AdvanceDirective recordAdvanceDirective(UUID consultId, AdvanceDirectiveStatus status,
            String documentReference, String note, Optional<HealthcareAgent> agent) {
        Consult consult = consults.lockOpen(consultId);
        if (status == AdvanceDirectiveStatus.ON_FILE && documentReference == null) {
            throw new ProblemException(422, "Document reference missing",
                    "An advance directive ON_FILE names where the document is: documentReference");
        }
        AdvanceDirective directive = new AdvanceDirective();
        directive.id = UUID.randomUUID();
        directive.consultId = consult.id;
        directive.patientId = consult.patientId;
        directive.status = status;
        directive.documentReference = documentReference;
        directive.note = note;
        agent.ifPresent(named -> {
            directive.agentName = named.name();
            directive.agentRelationship = named.relationship();
            directive.agentPhone = named.phone();
        });
        directive.documentedBy = access.caller().id();
        directive.recordedAt = clock.instant();
        directive.persist();
        return directive;
    }

    /** Empty when the caller may not see the patient. */
    @Transactional
    public Optional<PatientGoalsOfCare> ofPatient(UUID patientId) {
        if (!access.permits(patientId)) {
            return Optional.empty();
        }
        return Optional.of(new PatientGoalsOfCare(patientId, GoalsOfCareConversation.ofPatient(patientId),
                CodeStatusEntry.historyOf(patientId), AdvanceDirective.currentOf(patientId)));
    }

    @Transactional
    public Optional<GoalsOfCareConversation> conversation(UUID conversationId) {
        return access.visible(GoalsOfCareConversation.findByIdOptional(conversationId), found -> found.patientId);
    }

    @Transactional
    public Optional<CodeStatusEntry> codeStatus(UUID entryId) {
        return access.visible(CodeStatusEntry.findByIdOptional(entryId), found -> found.patientId);
    }

    private static void requireSameConsult(UUID recordedUnder, Consult consult, String what, UUID id) {
        if (!recordedUnder.equals(consult.id)) {
            throw new ProblemException(409, what + " id in use", what + " " + id + " belongs to another consult");
        }
    }
}
