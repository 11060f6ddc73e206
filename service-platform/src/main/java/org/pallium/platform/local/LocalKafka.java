package org.pallium.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.pallium.events.Topic;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), built
 * from the Apache Kafka artifacts and run as a child JVM, listening on 127.0.0.1 only.
 *
 * <p>Everything about a broker lives in its directory: its configuration, its log, its data and
 * the id of its process. {@link #attach(Path)} finds a broker by its directory, so a test can stop
 * and restart the broker that a test resource started, from another class loader.
 */
public final class LocalKafka implements AutoCloseable {

    public static final int PARTITIONS = 3;

    private static final String BROKER_MAIN = "kafka.Kafka";
    /**
     * A small heap and the C1 compiler only, as the services have on a laptop: the suite shares it
     * with everything else, and starts faster so. A benchmark replaces them with
     * {@code -Dpallium.kafka-jvm-options=...}, to measure the broker as a server runs it.
     */
    private static final String LAPTOP_JVM_OPTIONS = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    /**
     * The class path is a Quarkus application's, and Quarkus's logging bootstrap enables every level
     * until the application configures its logging, which a broker never does. Kafka then wrote
     * each request and response as JSON for a debug log that nobody reads: a quarter of the broker's
     * CPU while visits were uploaded at 100 a second.
     */
    private static final String QUIET_LOGGING = "-Dlogging.initial-configurator.min-level=INFO";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;

    private LocalKafka(Path directory) {
        this.directory = directory;
    }

    /**
     * Starts a broker in {@code directory} on {@code port}, formatting its storage on first use.
     * The child JVM runs with {@code classpath}, which must hold the kafka_2.13 artifact and its
     * dependencies.
     */
    public static LocalKafka start(Path directory, int port, int controllerPort, String classpath) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        LocalKafka kafka = new LocalKafka(directory);
        kafka.configure(port, controllerPort, classpath);
        kafka.start();
        return kafka;
    }

    /** The broker whose directory this is, running or not. */
    public static LocalKafka attach(Path directory) {
        if (!Files.exists(directory.resolve("server.properties"))) {
            throw new LocalInfrastructureException("no Kafka broker in " + directory);
        }
        return new LocalKafka(directory);
    }

    /** The class path of this JVM, as surefire or the launcher set it up. */
    public static String currentClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public Path directory() {
        return directory;
    }

    public String bootstrapServers() {
        String listener = serverProperties().getProperty("advertised.listeners");
        return listener.substring(listener.indexOf("//") + 2);
    }

    /** Starts the broker process and waits until it serves requests and the Pallium topics exist. */
    public void start() {
        if (isRunning()) {
            return;
        }
        Path logFile = directory.resolve("broker.log");
        if (!Files.exists(directory.resolve("data/meta.properties"))) {
            formatStorage(logFile);
        }
        try {
            Process broker = javaProcess(List.of(BROKER_MAIN, configFile().toString()), logFile).start();
            Files.writeString(directory.resolve("broker.pid"), Long.toString(broker.pid()));
            awaitReady(broker);
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot start the Kafka broker: " + e.getMessage(), e);
        }
    }

    /** Stops the broker cleanly (SIGTERM), as a real outage or a Ctrl-C would. */
    public void stop() {
        processHandle().ifPresent(broker -> {
            broker.destroy();
            try {
                broker.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                broker.destroyForcibly();
            } catch (ExecutionException e) {
                throw new LocalInfrastructureException("Kafka broker did not stop: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public boolean isRunning() {
        return processHandle().isPresent();
    }

    @Override
    public void close() {
        stop();
    }

    private Optional<ProcessHandle> processHandle() {
        Path pidFile = directory.resolve("broker.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void configure(int port, int controllerPort, String classpath) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.bootstrap.servers", Ports.LOOPBACK + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://"
                        + Ports.LOOPBACK + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", directory.resolve("data").toString()),
                Map.entry("num.partitions", Integer.toString(PARTITIONS)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(configFile())) {
                config.store(out, "Pallium local Kafka broker (KRaft, single node, loopback only)");
            }
            Files.writeString(directory.resolve("broker.classpath"), classpath);
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot write the Kafka configuration in " + directory, e);
        }
    }

    private Path configFile() {
        return directory.resolve("server.properties");
    }

    private Properties serverProperties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(configFile())) {
            properties.load(in);
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot read " + configFile(), e);
        }
        return properties;
    }

    /** Kafka's own generator: a random base64 id never starts with '-', which the storage tool would read as an option. */
    static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    private ProcessBuilder javaProcess(List<String> mainAndArguments, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.fromPropertyOr("pallium.kafka-jvm-options", LAPTOP_JVM_OPTIONS));
        command.addAll(List.of("-Djava.awt.headless=true", QUIET_LOGGING, "-cp",
                Files.readString(directory.resolve("broker.classpath"))));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    /** Formats the broker's storage; a failure names what the storage tool said. */
    private void formatStorage(Path logFile) {
        List<String> format = List.of(STORAGE_TOOL_MAIN, "format", "-t", clusterId(), "-c", configFile().toString(),
                "--standalone");
        if (runToCompletion(format, logFile) != 0) {
            throw new LocalInfrastructureException("formatting Kafka storage failed: " + lastLines(logFile));
        }
    }

    private int runToCompletion(List<String> mainAndArguments, Path logFile) {
        try {
            Process process = javaProcess(mainAndArguments, logFile).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot run the Kafka storage tool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalInfrastructureException("interrupted while formatting Kafka storage", e);
        }
    }

    private static String lastLines(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "see " + logFile;
        }
    }

    private void awaitReady(Process broker) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                if (!broker.isAlive()) {
                    throw new LocalInfrastructureException("the Kafka broker exited during start-up; see "
                            + directory.resolve("broker.log"));
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    ensureTopics(admin);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        broker.destroyForcibly();
                        throw new LocalInfrastructureException("the Kafka broker was not ready within "
                                + READY_TIMEOUT.toSeconds() + " s; see " + directory.resolve("broker.log"));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalInfrastructureException("interrupted while waiting for Kafka", e);
        }
    }

    private static void ensureTopics(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(3, TimeUnit.SECONDS);
        List<NewTopic> missing = Arrays.stream(Topic.values())
                .map(Topic::topicName)
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        }
    }
}
