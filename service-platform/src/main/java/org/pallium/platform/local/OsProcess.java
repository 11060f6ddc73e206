package org.pallium.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short command to completion, failing with its last line of output. */
final class OsProcess {

    private OsProcess() {
    }

    static void run(List<String> command, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LocalInfrastructureException(command.getFirst() + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                String text = new String(output, StandardCharsets.UTF_8).strip();
                String last = text.lines().reduce((first, second) -> second).orElse("exit " + process.exitValue());
                throw new LocalInfrastructureException(String.join(" ", command.subList(0, Math.min(command.size(), 5)))
                        + " failed: " + last);
            }
        } catch (IOException e) {
            throw new LocalInfrastructureException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalInfrastructureException("interrupted while running " + command.getFirst(), e);
        }
    }
}
