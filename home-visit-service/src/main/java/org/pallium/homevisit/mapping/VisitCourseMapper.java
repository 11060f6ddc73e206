package org.pallium.homevisit.mapping;

import org.pallium.homevisit.rest.CheckOutRequest;
import org.pallium.homevisit.service.VisitCheck;

/** Between the API's check-ins and check-outs and the visit course's checks. */
public final class VisitCourseMapper {

    private VisitCourseMapper() {
    }

    public static VisitCheck toCheck(CheckOutRequest request) {
        return new VisitCheck(request.at(), request.latitude(), request.longitude(), request.accuracyMeters());
    }
}
