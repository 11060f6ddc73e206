package org.pallium.homevisit.rest;

import java.util.OptionalLong;

import org.pallium.platform.problem.ProblemException;

/**
 * A visit's version on the wire: the strong entity tag {@code "<version>"} its answers carry in
 * {@code ETag}, and the one an edit names in {@code If-Match} to be refused rather than applied
 * over a newer version.
 */
public final class VisitVersions {

    private VisitVersions() {
    }

    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code If-Match} names; empty when there is none or it is {@code *} (any).
     *
     * @throws ProblemException 400 for anything but one quoted version
     */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = header.strip();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException notAVersion) {
                // answered below
            }
        }
        throw new ProblemException(400, "Invalid If-Match", "If-Match names one version, quoted: \"3\"");
    }
}
