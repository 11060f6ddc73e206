package org.pallium.platform.problem;

import java.util.List;

/**
 * A request the service understood but refuses, answered as problem+json with this status. The
 * detail is shown to the client: it says what was wrong, and carries no patient data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String code;

    /** A problem whose code is its title in kebab case. */
    public ProblemException(int status, String title, String detail) {
        this(status, Problem.codeOf(title), title, detail);
    }

    public ProblemException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, code, getMessage(), List.of());
    }
}
