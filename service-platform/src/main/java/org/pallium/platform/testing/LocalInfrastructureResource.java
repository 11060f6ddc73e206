package org.pallium.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.pallium.platform.local.DevIssuer;
import org.pallium.platform.local.Directories;
import org.pallium.platform.local.LocalKafka;
import org.pallium.platform.local.LocalPostgres;
import org.pallium.platform.local.Ports;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s, once per
 * test JVM, on free loopback ports, and removes them afterwards. Use it with
 * {@code @WithTestResource(value = LocalInfrastructureResource.class, scope = GLOBAL,
 * initArgs = @ResourceArg(name = "database", value = "..."))}.
 *
 * <p>It publishes {@value #KAFKA_DIRECTORY} so that a test can stop and restart the broker with
 * {@link LocalKafka#attach(Path)}, and sets up a development token issuer that the service trusts
 * and {@link TestTokens} signs with.
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_DIRECTORY = "pallium.test.kafka-directory";
    /** Where the development issuer's keys are, for {@link TestTokens}. */
    public static final String ISSUER_DIRECTORY = "pallium.test.issuer-directory";

    private String database = "pallium";
    private Path directory;
    private LocalPostgres postgres;
    private LocalKafka kafka;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("pallium-test-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the test infrastructure", e);
        }
        postgres = LocalPostgres.start(directory.resolve("postgres"), Ports.free());
        postgres.ensureDatabase(database);
        kafka = LocalKafka.start(directory.resolve("kafka"), Ports.free(), Ports.free(), LocalKafka.currentClasspath());
        Path issuerDirectory = directory.resolve("issuer");
        System.setProperty(ISSUER_DIRECTORY, issuerDirectory.toString());
        Map<String, String> configuration = new HashMap<>(DevIssuer.in(issuerDirectory).serviceConfiguration());
        configuration.putAll(Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                KAFKA_DIRECTORY, kafka.directory().toString()));
        return configuration;
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.closeAndDeleteData();
        }
        Directories.deleteRecursively(directory);
    }
}
