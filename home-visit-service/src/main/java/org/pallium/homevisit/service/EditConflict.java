package org.pallium.homevisit.service;

import org.pallium.platform.problem.ProblemException;

/**
 * An edit made on a version of a record that is no longer current: someone changed it since the
 * editor last fetched it (often another nurse, while this one was offline). It is refused rather
 * than applied over the newer change; the editor sees both and decides.
 */
public class EditConflict extends ProblemException {

    private final long currentVersion;
    private final long editedVersion;

    public EditConflict(String what, long currentVersion, long editedVersion) {
        super(412, "edit-conflict", "Edit conflict", what + " is at version " + currentVersion
                + "; the edit was made on version " + editedVersion + ". Fetch it again and reapply the edit");
        this.currentVersion = currentVersion;
        this.editedVersion = editedVersion;
    }

    /**
     * Refuses an edit made on another version than {@code current}. An edit that names no version is
     * refused too: without one, nobody can tell whether it overwrites a change its author never saw.
     */
    public static void check(String what, long current, Long edited) {
        if (edited == null) {
            throw new ProblemException(428, "version-required", "Version required",
                    "An edit of " + what + " names the version it was made on: If-Match with the ETag, or baseVersion");
        }
        if (edited != current) {
            throw new EditConflict(what, current, edited);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }

    public long editedVersion() {
        return editedVersion;
    }
}
