package org.pallium.platform.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * Makes every REST Assured request carry a bearer token unless the test sets its own
 * Authorization header, which then replaces it. Free of Quarkus, for the end-to-end tests too.
 */
public final class DefaultBearerToken {

    private DefaultBearerToken() {
    }

    public static void use(String bearerToken) {
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig()
                .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + bearerToken).build();
    }
}
