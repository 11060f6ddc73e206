package org.pallium.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pause of a background worker between failed attempts: it doubles from {@code first} up to
 * {@code max}, and ends early when the worker is told to stop.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final Semaphore stopRequested = new Semaphore(0);
    private Duration current = Duration.ZERO;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    public void reset() {
        current = Duration.ZERO;
    }

    /** The next, longer pause. */
    public Duration next() {
        Duration doubled = current.isZero() ? first : current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    /** Waits for {@code pause}; true when the worker should stop instead of trying again. */
    public boolean pauseOrStop(Duration pause) {
        try {
            return stopRequested.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    public void requestStop() {
        stopRequested.release();
    }
}
