package org.pallium.outpatient.repository;

import java.util.List;

import org.pallium.events.EsasItem;

/**
 * What a visit focused on: the ESAS-r symptoms, and others in the clinician's words (such as
 * constipation, or the stress of living with the illness). Kept with the visit.
 */
public record VisitFocus(List<EsasItem> symptoms, List<String> others) {

    public static final VisitFocus NONE = new VisitFocus(List.of(), List.of());

    public VisitFocus {
        symptoms = List.copyOf(symptoms);
        others = List.copyOf(others);
    }
}
