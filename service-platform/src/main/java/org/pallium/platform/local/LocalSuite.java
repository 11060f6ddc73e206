package org.pallium.platform.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The whole suite on one machine: PostgreSQL with a database per service, a Kafka broker, and the
 * four services, each on 127.0.0.1. {@code ./pallium up} runs it with a persistent home directory
 * and the fixed ports; the end-to-end tests run it in a temporary directory on free ports.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Where and how to run.
     *
     * @param home        the data and logs of PostgreSQL, Kafka and the services
     * @param projectRoot the checkout, whose modules hold the built services
     * @param progress    told about each step, for the user
     */
    public record Options(
            Path home,
            Path projectRoot,
            int postgresPort,
            int kafkaPort,
            int kafkaControllerPort,
            Map<SuiteService, Integer> servicePorts,
            Consumer<String> progress) {

        /** The fixed ports of the README. */
        public static Options standard(Path home, Path projectRoot, Consumer<String> progress) {
            Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
            for (SuiteService service : SuiteService.values()) {
                ports.put(service, service.defaultPort());
            }
            return new Options(home, projectRoot, 55432, 9092, 9093, ports, progress);
        }

        /** Free ports for everything, for tests that must not collide with a running suite. */
        public static Options onFreePorts(Path home, Path projectRoot, Consumer<String> progress) {
            Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
            for (SuiteService service : SuiteService.values()) {
                ports.put(service, Ports.free());
            }
            return new Options(home, projectRoot, Ports.free(), Ports.free(), Ports.free(), ports, progress);
        }
    }

    private final Options options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private DevIssuer issuer;

    private LocalSuite(Options options) {
        this.options = options;
    }

    /** Starts everything, or stops what it started and fails with a one-line cause. */
    public static LocalSuite start(Options options) {
        LocalSuite suite = new LocalSuite(options);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startAll() {
        requirePortsFree();
        issuer = issuerIn(options.home());
        long begin = System.nanoTime();
        postgres = LocalPostgres.start(options.home().resolve("postgres"), options.postgresPort());
        started.add(postgres);
        for (SuiteService service : SuiteService.values()) {
            postgres.ensureDatabase(service.database());
        }
        report(postgres.flavour() + " on " + Ports.LOOPBACK + ":" + postgres.port(), begin);

        begin = System.nanoTime();
        kafka = LocalKafka.start(options.home().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort(),
                LocalKafka.currentClasspath());
        started.add(kafka);
        report("Kafka (KRaft) on " + kafka.bootstrapServers(), begin);

        begin = System.nanoTime();
        for (SuiteService service : SuiteService.values()) {
            ServiceProcess process = new ServiceProcess(service, service.runner(options.projectRoot()),
                    options.servicePorts().get(service), configurationOf(service),
                    options.home().resolve("logs").resolve(service.moduleName() + ".log"));
            services.put(service, process);
            started.add(process::stop);
            process.start();
        }
        awaitServicesReady(List.copyOf(services.values()));
        report("4 services ready", begin);
    }

    private void requirePortsFree() {
        Ports.requireFree(options.postgresPort(), "PostgreSQL");
        Ports.requireFree(options.kafkaPort(), "Kafka");
        Ports.requireFree(options.kafkaControllerPort(), "Kafka controller");
        options.servicePorts().forEach((service, port) -> Ports.requireFree(port, service.moduleName()));
    }

    private Map<String, String> configurationOf(SuiteService service) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
        configuration.put("quarkus.datasource.username", LocalPostgres.USER);
        configuration.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        configuration.putAll(issuer.serviceConfiguration());
        if (service == SuiteService.REFERRAL_GATEWAY) {
            configuration.put("pallium.gateway.service-urls.inpatient", url(SuiteService.INPATIENT).toString());
            configuration.put("pallium.gateway.service-urls.outpatient", url(SuiteService.OUTPATIENT).toString());
            configuration.put("pallium.gateway.service-urls.home", url(SuiteService.HOME_VISIT).toString());
        }
        if (service == SuiteService.INPATIENT) {
            configuration.put("pallium.gateway.url", url(SuiteService.REFERRAL_GATEWAY).toString());
        }
        return configuration;
    }

    private static void awaitServicesReady(List<ServiceProcess> processes) {
        try {
            CompletableFuture.allOf(processes.stream()
                    .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(SERVICE_READY_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void report(String what, long beganNanos) {
        options.progress().accept(String.format("%-48s %5.1f s", what, (System.nanoTime() - beganNanos) / 1e9));
    }

    public URI url(SuiteService service) {
        return URI.create("http://" + Ports.LOOPBACK + ":" + options.servicePorts().get(service));
    }

    /** The development issuer whose tokens the suite's services trust. */
    public static DevIssuer issuerIn(Path home) {
        return DevIssuer.in(home.resolve("dev-issuer"));
    }

    public DevIssuer issuer() {
        return issuer;
    }

    /** The directory that holds the data and logs of everything the suite runs. */
    public Path home() {
        return options.home();
    }

    /** The JDBC URL of a service's database, for tools and benchmarks that read it directly. */
    public String jdbcUrl(SuiteService service) {
        return postgres.jdbcUrl(service.database());
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Stops one service, as a crash or a deployment would, for tests of what happens meanwhile. */
    public void stop(SuiteService service) {
        services.get(service).stop();
    }

    /** Kills one service (SIGKILL), as a crash would, for tests of recovery. */
    public void kill(SuiteService service) {
        services.get(service).kill();
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restart(SuiteService service) {
        ServiceProcess process = services.get(service);
        process.start();
        process.awaitReady(SERVICE_READY_TIMEOUT);
    }

    /** Stops everything that was started, services first, in reverse order. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable closeable : started.reversed()) {
            try {
                closeable.close();
            } catch (Exception e) {
                failures.add(new LocalInfrastructureException(e.getMessage(), e));
            }
        }
        started.clear();
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }
}
