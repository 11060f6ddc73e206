package org.pallium.homevisit.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.pallium.platform.problem.ProblemException;

/**
 * Versions on the wire: a record's version is its (strong) ETag, and an edit names the version it was
 * made on in If-Match, so that it is refused, not applied, when someone changed the record since.
 */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; null when there is none, or it is {@code *} (any version). */
    static Long editedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new ProblemException(400, "Invalid If-Match", "If-Match takes the strong ETag the record was fetched with");
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException notAVersion) {
            throw new ProblemException(400, "Invalid If-Match", "If-Match takes one ETag, such as \"3\", as the record was fetched with");
        }
    }

    /** The answer to a read or an edit: the view, with the record's version as its ETag. */
    static Response tagged(Response.ResponseBuilder answer, long version) {
        return answer.tag(of(version)).build();
    }
}
