package org.pallium.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * Every request of a service's tests carries a coordinator's token unless the test sets its own
 * Authorization header, which then replaces it. A service registers it in its test resources
 * (META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback).
 */
public class CoordinatorByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        authenticateRestAssured(TestTokens.coordinator());
    }

    /** Also for tests outside Quarkus, such as the end-to-end ones. */
    public static void authenticateRestAssured(String bearerToken) {
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig()
                .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + bearerToken).build();
    }
}
