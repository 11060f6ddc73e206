package org.pallium.platform.problem;

/**
 * A unique key refused a write, at flush or at commit: two requests raced to create the same
 * record, such as a client retrying while its first attempt still runs. A retry finds it.
 */
public final class UniqueKeyRace {

    private UniqueKeyRace() {
    }

    public static boolean causes(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
