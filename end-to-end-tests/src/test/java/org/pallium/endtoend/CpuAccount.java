package org.pallium.endtoend;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;

/**
 * The CPU time each part of the suite spent during a measurement: this JVM (the load generator),
 * PostgreSQL with all its backends, Kafka and each service. A throughput figure alone cannot say
 * whether a target is reachable on this machine; the CPU each referral costs, part by part, can.
 */
final class CpuAccount {

    private final String suiteHome;
    private final Map<String, Duration> cpuByPart;
    private final long startedAt;

    private CpuAccount(String suiteHome) {
        this.suiteHome = suiteHome;
        this.cpuByPart = cpuByPart();
        this.startedAt = System.nanoTime();
    }

    static CpuAccount open(LocalSuite suite) {
        return new CpuAccount(suite.home().toString());
    }

    /** Prints, per part, the CPU it spent for each unit of work done since the account opened. */
    void report(String unit, long units) {
        Duration wall = Duration.ofNanos(System.nanoTime() - startedAt);
        Map<String, Duration> spent = new TreeMap<>();
        cpuByPart().forEach((part, cpu) -> spent.put(part, cpu.minus(cpuByPart.getOrDefault(part, Duration.ZERO))));
        double machine = wall.toNanos() * (double) Runtime.getRuntime().availableProcessors();
        long total = spent.values().stream().mapToLong(Duration::toNanos).sum();
        spent.forEach((part, cpu) -> System.out.printf("[benchmark]   CPU %-28s %7.3f ms per %s, %4.1f%% of the machine%n",
                part, cpu.toNanos() / 1e6 / units, unit, 100 * cpu.toNanos() / machine));
        System.out.printf("[benchmark]   CPU %-28s %7.3f ms per %s, %4.1f%% of the machine (%d cores, %d s)%n",
                "all", total / 1e6 / units, unit, 100 * total / machine,
                Runtime.getRuntime().availableProcessors(), wall.toSeconds());
    }

    /**
     * This JVM's descendants, and PostgreSQL: pg_ctl leaves the server to init, so it is found by
     * its data directory in the suite's home.
     */
    private Map<String, Duration> cpuByPart() {
        Stream<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(process -> arguments(process).stream().anyMatch(argument -> argument.contains(suiteHome)))
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()));
        return Stream.of(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants(), postgres)
                .flatMap(processes -> processes)
                .distinct()
                .collect(Collectors.groupingBy(CpuAccount::partOf, TreeMap::new, Collectors.reducing(Duration.ZERO,
                        process -> process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus)));
    }

    private static String partOf(ProcessHandle process) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return "load generator";
        }
        List<String> arguments = arguments(process);
        if (arguments.contains("kafka.Kafka")) {
            return "Kafka";
        }
        for (SuiteService service : SuiteService.values()) {
            if (arguments.getLast().endsWith(service.runner(Path.of("")).toString())) {
                return service.moduleName();
            }
        }
        return arguments.getFirst().startsWith("postgres") || arguments.getFirst().endsWith("/postgres") ? "PostgreSQL" : "other";
    }

    /** The JDK gives up on long command lines, such as the broker's with its class path; Linux does not. */
    private static List<String> arguments(ProcessHandle process) {
        try {
            String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")), UTF_8);
            return commandLine.isEmpty() ? List.of("") : List.of(commandLine.split("\u0000"));
        } catch (IOException e) {
            return List.of(process.info().commandLine().orElse(""));
        }
    }
}
