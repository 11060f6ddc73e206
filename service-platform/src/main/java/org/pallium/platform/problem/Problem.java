package org.pallium.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code violations} lists every
 * thing that was wrong, so a client fixes its request in one round.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One thing wrong with the request: in the body, where {@code pointer} (RFC 6901) points, or
     * in the query, header or path parameter {@code parameter}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String pointer, String parameter, String message) {

        public static Violation inBody(String pointer, String message) {
            return new Violation(pointer, null, message);
        }

        public static Violation inParameter(String parameter, String message) {
            return new Violation(null, parameter, message);
        }

        String where() {
            return parameter != null ? "?" + parameter : pointer;
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
