package org.pallium.platform.problem;

import java.util.List;

/**
 * A request the service understood but refuses, answered as problem+json with this status. The
 * detail is shown to the client: it says what was wrong, and carries no patient data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /** A refusal that names each thing wrong, where a client finds it in its request. */
    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), violations);
    }
}
