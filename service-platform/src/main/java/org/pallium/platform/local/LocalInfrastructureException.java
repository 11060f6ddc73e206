package org.pallium.platform.local;

/** Local PostgreSQL or Kafka could not start; the message names the cause in one line. */
public class LocalInfrastructureException extends RuntimeException {

    public LocalInfrastructureException(String message) {
        super(message);
    }

    public LocalInfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
