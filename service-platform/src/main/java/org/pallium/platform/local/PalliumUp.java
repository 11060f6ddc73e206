package org.pallium.platform.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.pallium.events.Topic;

/**
 * {@code ./pallium up}: the whole suite with demo data on this machine, until Ctrl-C. Set-up
 * problems end it with one line that names the cause.
 */
public final class PalliumUp {

    private PalliumUp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path projectRoot = Path.of(System.getProperty("pallium.project-root", ".")).toAbsolutePath().normalize();
        Path home = projectRoot.resolve(".pallium");
        PrintStream out = System.out;
        long begin = System.nanoTime();
        out.println("Starting Pallium:");
        LocalSuite suite;
        UUID demoPatient;
        try {
            suite = LocalSuite.start(LocalSuite.Options.standard(home, projectRoot, step -> out.println("  ✓ " + step)));
        } catch (LocalInfrastructureException e) {
            System.err.println("pallium: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            out.println();
            out.println("Stopping Pallium...");
            suite.close();
            out.println("Stopped; the data stays in " + home + " for the next run.");
            stopped.countDown();
        }));
        try {
            demoPatient = DemoData.loadOnce(suite, home.resolve("demo-patient"));
        } catch (LocalInfrastructureException e) {
            System.err.println("pallium: " + e.getMessage());
            System.exit(1);
            return;
        }
        out.printf("%nPallium is up in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
        for (SuiteService service : SuiteService.values()) {
            out.printf("  %-20s %s/q/swagger-ui%n", service.moduleName(), suite.url(service));
        }
        out.printf("%n  Demo patient timeline  %s/api/patients/%s/timeline%n",
                suite.url(SuiteService.REFERRAL_GATEWAY), demoPatient);
        out.printf("  Kafka for analytics    %s  (topics %s)%n", suite.kafkaBootstrapServers(),
                Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.joining(", ")));
        out.printf("  Logs                   %s%n", home.resolve("logs"));
        out.printf("%nEvery API needs a bearer token from the development issuer. For example:%n");
        out.printf("  curl -H \"Authorization: Bearer $(./pallium token ana-silva)\" %s/api/patients/%s/timeline%n",
                suite.url(SuiteService.REFERRAL_GATEWAY), demoPatient);
        out.printf("  ./pallium token            lists the demo users and their roles%n");
        out.printf("%nCtrl-C stops everything.%n");
        stopped.await();
    }
}
