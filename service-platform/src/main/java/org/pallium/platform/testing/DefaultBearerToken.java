package org.pallium.platform.testing;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Makes every REST Assured request carry a bearer token unless the test sets its own
 * Authorization header, which then replaces it; an empty one sends no token at all. Free of
 * Quarkus, for the end-to-end tests too.
 */
public final class DefaultBearerToken {

    private static final String AUTHORIZATION = "Authorization";

    private DefaultBearerToken() {
    }

    /**
     * A filter, not a default request specification: a specification keeps the port and base URI
     * of the moment it is built, and Quarkus sets a test's port only after its callbacks ran.
     */
    public static void use(String bearerToken) {
        List<Filter> others = RestAssured.filters().stream()
                .filter(filter -> !(filter instanceof BearerByDefault))
                .toList();
        RestAssured.replaceFiltersWith(others);
        RestAssured.filters(new BearerByDefault(bearerToken));
    }

    private record BearerByDefault(String token) implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName(AUTHORIZATION)) {
                request.header(AUTHORIZATION, "Bearer " + token);
            } else if (request.getHeaders().getValue(AUTHORIZATION).isBlank()) {
                request.removeHeader(AUTHORIZATION);
            }
            return context.next(request, response);
        }
    }
}
