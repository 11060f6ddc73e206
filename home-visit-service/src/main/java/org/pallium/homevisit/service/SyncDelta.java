package org.pallium.homevisit.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.homevisit.repository.SyncChange;

/**
 * A page of the changes to what a caller's app keeps.
 *
 * @param reached  the change feed position the page reaches: the next page starts after it
 * @param more     whether changes after {@code reached} are waiting
 * @param patients the patients whose records the app may keep now
 */
public record SyncDelta(List<Change> changes, long reached, boolean more, List<UUID> patients) {

    /** One change, with its record as it is now (an entity, or the patient's essentials); empty when deleted. */
    public record Change(SyncChange entry, Optional<Object> record) {
    }
}
