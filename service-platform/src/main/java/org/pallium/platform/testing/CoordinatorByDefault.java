package org.pallium.platform.testing;

import java.util.List;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every request of a service's tests carries a coordinator's token unless the test sets its own
 * Authorization header, which then replaces it; an empty one sends no token at all. A service
 * registers it in its test resources
 * (META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback).
 */
public class CoordinatorByDefault implements QuarkusTestBeforeEachCallback {

    private static final String AUTHORIZATION = "Authorization";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        authenticateRestAssured(TestTokens.coordinator());
    }

    /**
     * Also for tests outside Quarkus, such as the end-to-end ones. A filter, not a default request
     * specification: a specification keeps the port and base URI of the moment it is built, and
     * Quarkus sets the test's port only after this callback.
     */
    public static void authenticateRestAssured(String bearerToken) {
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
