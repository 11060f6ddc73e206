package org.pallium.platform.problem;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code code} is the extension member
 * a program branches on (a mobile app deciding whether to retry, re-sync or show the user), stable
 * across releases while the title's wording may change; by default it is the title in kebab case.
 * {@code violations} lists every thing that was wrong, so a client fixes its request in one round.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, List<Violation> violations) {

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
        return new Problem("about:blank", title, status, codeOf(title), detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem("about:blank", title, status, codeOf(title), detail, violations);
    }

    /** The code of a problem that names none: its title, such as "Unknown patient", as "unknown-patient". */
    static String codeOf(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
