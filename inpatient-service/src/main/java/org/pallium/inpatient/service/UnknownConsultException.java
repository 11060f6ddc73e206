package org.pallium.inpatient.service;

import java.util.UUID;

import org.pallium.platform.problem.ProblemException;

public class UnknownConsultException extends ProblemException {

    public UnknownConsultException(UUID consultId) {
        super(404, "Unknown consult", "There is no consult " + consultId);
    }
}
