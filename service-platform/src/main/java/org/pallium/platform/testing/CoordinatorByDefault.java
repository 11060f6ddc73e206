package org.pallium.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every request of a service's tests carries a coordinator's token unless the test sets its own
 * Authorization header (see {@link DefaultBearerToken}). A service registers it in its test
 * resources (META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback).
 */
public class CoordinatorByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        DefaultBearerToken.use(TestTokens.coordinator());
    }
}
