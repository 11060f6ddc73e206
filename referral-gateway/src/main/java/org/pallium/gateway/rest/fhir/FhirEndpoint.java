package org.pallium.gateway.rest.fhir;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Where the FHIR endpoint is, and its media type; it also reads and writes plain application/json. */
public final class FhirEndpoint {

    /** The root of the FHIR endpoint, relative to the gateway's. */
    public static final String ROOT = "/fhir/r4";
    public static final String FHIR_JSON = "application/fhir+json";
    public static final MediaType FHIR_JSON_TYPE = MediaType.valueOf(FHIR_JSON);

    private FhirEndpoint() {
    }

    /** The endpoint's base URL as the client called it, ending in {@code /}. */
    static String baseUrl(UriInfo uri) {
        return uri.getBaseUriBuilder().path(ROOT + "/").build().toString();
    }

    static boolean contains(String path) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }
}
