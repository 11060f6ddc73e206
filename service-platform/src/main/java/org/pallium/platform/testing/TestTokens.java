package org.pallium.platform.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.platform.local.DevIssuer;
import org.pallium.platform.security.Roles;

/**
 * Bearer tokens for a service's tests, signed by the development issuer that
 * {@link LocalInfrastructureResource} set up and the service under test trusts.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A coordinator sees every patient: the caller of the tests that are about behaviour, not access. */
    public static String coordinator() {
        return as("test-coordinator", Roles.COORDINATOR, Optional.empty());
    }

    public static String as(String user, String role, Optional<CareSetting> setting) {
        return issuer().token(user, role, setting.map(Enum::name));
    }

    public static DevIssuer issuer() {
        String directory = System.getProperty(LocalInfrastructureResource.ISSUER_DIRECTORY);
        if (directory == null) {
            throw new IllegalStateException("no test issuer: the test does not run with LocalInfrastructureResource");
        }
        return DevIssuer.in(Path.of(directory));
    }
}
