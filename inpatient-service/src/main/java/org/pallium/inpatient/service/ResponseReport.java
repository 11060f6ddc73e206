package org.pallium.inpatient.service;

import java.time.Duration;

import org.pallium.inpatient.repository.ResponseTimes;

/** The response times of one urgency, beside its configured target. */
public record ResponseReport(ResponseTimes times, Duration target) {
}
