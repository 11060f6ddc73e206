package org.pallium.platform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One service of the suite, run from its built jar as a child JVM. */
final class ServiceProcess {

    /**
     * Small heaps and the C1 compiler only: the suite shares a laptop with everything else, and
     * starts faster so. A benchmark replaces them with {@code -Dpallium.service-jvm-options=...}.
     */
    private static final String LAPTOP_JVM_OPTIONS = "-Xms32m -Xmx%s -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    /** jboss-threads resets thread locals by reflection, which JDK 24 and later allow only when opened. */
    private static final List<String> REQUIRED_JVM_OPTIONS = List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SuiteService service;
    private final Path jar;
    private final int port;
    private final Map<String, String> configuration;
    private final Path logFile;
    private Process process;

    ServiceProcess(SuiteService service, Path jar, int port, Map<String, String> configuration, Path logFile) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.configuration = configuration;
        this.logFile = logFile;
    }

    SuiteService service() {
        return service;
    }

    URI url() {
        return URI.create("http://" + Ports.LOOPBACK + ":" + port);
    }

    void start() {
        if (!Files.isRegularFile(jar)) {
            throw new LocalInfrastructureException(service.moduleName() + " is not built (" + jar
                    + " is missing); run ./mvnw package -DskipTests");
        }
        Ports.requireFree(port, service.moduleName());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.fromPropertyOr("pallium.service-jvm-options",
                LAPTOP_JVM_OPTIONS.formatted(service.laptopHeap())));
        command.addAll(REQUIRED_JVM_OPTIONS);
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot start " + service.moduleName() + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the service reports ready on {@code /q/health/ready}. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(url().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LocalInfrastructureException(service.moduleName() + " exited during start-up; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalInfrastructureException("interrupted while waiting for " + service.moduleName(), e);
            }
            pause();
        }
        throw new LocalInfrastructureException(service.moduleName() + " was not ready within " + timeout.toSeconds()
                + " s; see " + logFile);
    }

    /** Stops the service as an orchestrator would: SIGTERM, then, after a grace period, SIGKILL. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the service at once (SIGKILL), as a crash would: it leaves nothing in order behind it. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
