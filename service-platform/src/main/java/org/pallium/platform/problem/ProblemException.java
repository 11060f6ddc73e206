package org.pallium.platform.problem;

/**
 * A request the service understood but refuses, answered as problem+json with this status. The
 * detail is shown to the client: it says what was wrong, and carries no patient data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public Problem toProblem() {
        return Problem.of(status, title, getMessage());
    }
}
