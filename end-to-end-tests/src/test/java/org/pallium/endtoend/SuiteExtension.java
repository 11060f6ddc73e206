package org.pallium.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pallium.platform.local.DemoUser;
import org.pallium.platform.local.Directories;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.testing.DefaultBearerToken;

/**
 * Gives tests the whole suite, started once per test run the way {@code ./pallium up} starts it,
 * on free ports and in a scratch directory; stopped and removed when the run ends. Requests made
 * with REST Assured carry the demo coordinator's token unless a test sets its own.
 */
public final class SuiteExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSuite.class, key -> RunningSuite.start(), RunningSuite.class).suite;
    }

    private record RunningSuite(LocalSuite suite, Path home) implements ExtensionContext.Store.CloseableResource {

        static RunningSuite start() {
            Path projectRoot = Path.of(System.getProperty("pallium.project-root", "..")).toAbsolutePath().normalize();
            Path home = projectRoot.resolve("end-to-end-tests/target/suite-" + UUID.randomUUID());
            try {
                Files.createDirectories(home);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + home, e);
            }
            LocalSuite suite = LocalSuite.start(LocalSuite.Options.onFreePorts(home, projectRoot,
                    step -> System.out.println("[suite] " + step)));
            DefaultBearerToken.use(DemoUser.ANA_SILVA.token(suite.issuer()));
            return new RunningSuite(suite, home);
        }

        @Override
        public void close() {
            try {
                suite.close();
            } finally {
                Directories.deleteRecursively(home);
            }
        }
    }
}
