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
    private final List<Problem.Violation> violations;

    /** A problem whose code is its title in kebab case. */
    public ProblemException(int status, String title, String detail) {
        this(status, Problem.codeOf(title), title, detail);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /** A request refused for several things at once, each where it was wrong. */
    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        this(status, Problem.codeOf(title), title, detail, violations);
    }

    private ProblemException(int status, String code, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, code, getMessage(), violations);
    }
}
