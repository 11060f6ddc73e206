package org.pallium.platform.logging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Describes an exception for a log line without its messages: a message may quote patient data
 * (a constraint violation names the key value, a parser echoes the input), and logs must carry
 * none. What remains, the exception types and where Pallium's code was, is enough to find the bug.
 */
public final class Redacted {

    private static final int PALLIUM_FRAMES = 5;

    private Redacted() {
    }

    /** For example {@code IllegalStateException <- PSQLException at org.pallium.x.Y.z(Y.java:42) < ...}. */
    public static String describe(Throwable e) {
        List<String> chain = new ArrayList<>();
        Throwable deepest = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            chain.add(cause.getClass().getSimpleName());
            deepest = cause;
        }
        String frames = Arrays.stream(e.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.pallium."))
                .limit(PALLIUM_FRAMES)
                .map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
        String where = frames.isEmpty() && deepest.getStackTrace().length > 0 ? deepest.getStackTrace()[0].toString() : frames;
        return String.join(" <- ", chain) + (where.isEmpty() ? "" : " at " + where);
    }
}
