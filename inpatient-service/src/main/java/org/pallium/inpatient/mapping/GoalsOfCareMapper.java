package org.pallium.inpatient.mapping;

import org.pallium.inpatient.repository.AdvanceDirective;
import org.pallium.inpatient.repository.CodeStatusEntry;
import org.pallium.inpatient.repository.GoalsOfCareConversation;
import org.pallium.inpatient.repository.Transition;
import org.pallium.inpatient.rest.AdvanceDirectiveView;
import org.pallium.inpatient.rest.CodeStatusView;
import org.pallium.inpatient.rest.GoalsOfCareView;
import org.pallium.inpatient.rest.PatientGoalsOfCareView;
import org.pallium.inpatient.rest.TransitionView;
import org.pallium.inpatient.service.PatientGoalsOfCare;

/** Between the API's records and goals of care, code status, advance directives and transitions. */
public final class GoalsOfCareMapper {

    private GoalsOfCareMapper() {
    }

    public static GoalsOfCareView toView(GoalsOfCareConversation conversation) {
        return new GoalsOfCareView(conversation.id, conversation.consultId, conversation.patientId, conversation.heldAt,
                conversation.participants, conversation.whatMatters, conversation.decisions, conversation.documentedBy);
    }

    public static CodeStatusView toView(CodeStatusEntry entry) {
        return new CodeStatusView(entry.id, entry.consultId, entry.patientId, entry.codeStatus, entry.effectiveAt,
                entry.note, entry.documentedBy, entry.recordedAt);
    }

    public static AdvanceDirectiveView toView(AdvanceDirective directive) {
        return new AdvanceDirectiveView(directive.status, directive.documentReference, directive.note,
                directive.healthcareAgent().orElse(null), directive.documentedBy, directive.recordedAt);
    }

    public static PatientGoalsOfCareView toView(PatientGoalsOfCare goals) {
        return new PatientGoalsOfCareView(goals.patientId(),
                goals.codeStatusHistory().stream().findFirst().map(entry -> entry.codeStatus).orElse(null),
                goals.codeStatusHistory().stream().map(GoalsOfCareMapper::toView).toList(),
                goals.conversations().stream().map(GoalsOfCareMapper::toView).toList(),
                goals.advanceDirective().map(GoalsOfCareMapper::toView).orElse(null));
    }

    public static TransitionView toView(Transition transition) {
        return new TransitionView(transition.id, transition.consultId, transition.patientId, transition.outcome,
                transition.onwardReferralId, transition.reason, transition.handover, transition.transitionedAt,
                transition.transitionedBy);
    }
}
