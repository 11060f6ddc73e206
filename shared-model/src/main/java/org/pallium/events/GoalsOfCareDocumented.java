package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The team held a goals-of-care conversation with the patient or family and documented it. What
 * matters and the decisions are free text in the family's and team's words: PHI.
 *
 * @param participants who took part, by role or name, such as "patient", "daughter (healthcare agent)"
 */
public record GoalsOfCareDocumented(
        UUID conversationId,
        UUID patientId,
        CareSetting setting,
        List<String> participants,
        String whatMatters,
        String decisions,
        String documentedBy,
        Instant heldAt) implements CareEvent {

    public GoalsOfCareDocumented {
        present(conversationId, "conversationId");
        present(patientId, "patientId");
        present(setting, "setting");
        participants = List.copyOf(present(participants, "participants"));
        if (participants.isEmpty() || participants.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("participants must name at least one, and no blank one");
        }
        present(whatMatters, "whatMatters");
        present(decisions, "decisions");
        present(documentedBy, "documentedBy");
        present(heldAt, "heldAt");
    }

    @Override
    public Instant occurredAt() {
        return heldAt;
    }
}
