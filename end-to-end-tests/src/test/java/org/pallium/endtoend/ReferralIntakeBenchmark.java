package org.pallium.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pallium.platform.local.DemoUser;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;

/**
 * Idempotent referral intake under load, with the load generator on the same machine: 16 clients
 * each post keyed referrals as fast as they are answered, as JSON and as FHIR ServiceRequests;
 * then 16 clients post the same referral at once, 50 times over. Prints the figures; asserts only that nothing failed or doubled. Run it
 * with {@code ./mvnw verify -Pbenchmark}.
 */
@ExtendWith(SuiteExtension.class)
class ReferralIntakeBenchmark {

    private static final int CLIENTS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(30);
    private static final int RACES = 50;
    private static final Pattern REFERRAL_ID = Pattern.compile("\"referralId\"\\s*:\\s*\"([^\"]+)\"");

    private final LocalSuite suite;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The EHR's token: each request's is verified, as in production. */
    private final String authorization;

    ReferralIntakeBenchmark(LocalSuite suite) {
        this.suite = suite;
        this.authorization = "Bearer " + DemoUser.SPRINGFIELD_EHR.token(suite.issuer());
    }

    @Test
    void sixteenClientsSubmittingKeyedReferrals() throws Exception {
        Supplier<HttpRequest> keyedReferral = () -> post(referral(UUID.randomUUID()), UUID.randomUUID().toString());
        run(WARM_UP, keyedReferral);
        CpuAccount cpu = CpuAccount.open(suite);
        report("referral intake (JSON)", run(MEASURED, keyedReferral), cpu);
    }

    /** The same through FHIR: each ServiceRequest is parsed and checked by HAPI's R4 validator. */
    @Test
    void sixteenClientsSubmittingFhirServiceRequests() throws Exception {
        Supplier<HttpRequest> serviceRequest = () -> HttpRequest.newBuilder(
                        suite.url(SuiteService.REFERRAL_GATEWAY).resolve("/fhir/r4/ServiceRequest"))
                .header("Content-Type", "application/fhir+json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(ReferralRequests.serviceRequest("BENCH-" + UUID.randomUUID(), "OUTPATIENT"))).build();
        run(WARM_UP, serviceRequest);
        CpuAccount cpu = CpuAccount.open(suite);
        report("referral intake (FHIR ServiceRequest)", run(MEASURED, serviceRequest), cpu);
    }

    private static void report(String what, Load load, CpuAccount cpu) {
        List<Long> sorted = new ArrayList<>(load.latencies());
        Collections.sort(sorted);
        System.out.printf("[benchmark] %s, %d clients, %d s: %d referrals, %.0f referrals/s, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                what, CLIENTS, MEASURED.toSeconds(), sorted.size(), sorted.size() / (double) MEASURED.toSeconds(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.getLast() / 1e6, load.errors());
        cpu.report("referral", sorted.size());
        assertThat(load.errors()).isZero();
    }

    @Test
    void sixteenClientsRacingWithTheSameReferral() throws Exception {
        int errors = 0;
        Set<String> referrals = new HashSet<>();
        for (int race = 0; race < RACES; race++) {
            String body = referral(UUID.randomUUID());
            String key = UUID.randomUUID().toString();
            CyclicBarrier start = new CyclicBarrier(CLIENTS);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int client = 0; client < CLIENTS; client++) {
                    answers.add(clients.submit(() -> {
                        start.await();
                        return http.send(post(body, key), HttpResponse.BodyHandlers.ofString());
                    }));
                }
                Set<String> thisRace = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    if (response.statusCode() == 200 || response.statusCode() == 201) {
                        thisRace.add(referralIdOf(response.body()));
                    } else {
                        errors++;
                    }
                }
                referrals.addAll(thisRace);
            }
        }
        System.out.printf("[benchmark] race, %d clients x %d referrals: %d referrals, %d errors%n",
                CLIENTS, RACES, referrals.size(), errors);
        assertThat(errors).isZero();
        assertThat(referrals).hasSize(RACES);
    }

    private record Load(ConcurrentLinkedQueue<Long> latencies, int errors) {
    }

    private Load run(Duration duration, Supplier<HttpRequest> requests) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        HttpResponse<Void> response = http.send(requests.get(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - sent);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return new Load(latencies, errors.get());
    }

    private HttpRequest post(String body, String idempotencyKey) {
        return HttpRequest.newBuilder(suite.url(SuiteService.REFERRAL_GATEWAY).resolve("/api/referrals"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String referral(UUID patient) {
        return ReferralRequests.json("BENCH-" + patient, "OUTPATIENT");
    }

    private static String referralIdOf(String body) {
        Matcher matcher = REFERRAL_ID.matcher(body);
        assertThat(matcher.find()).as("a referral id in " + body).isTrue();
        return matcher.group(1);
    }

    private static double percentile(List<Long> sorted, double percentile) {
        return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1) / 1e6;
    }
}
