package org.pallium.outpatient.repository;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;

/**
 * An ESAS-r form as a record's columns keep it. A record without a form has none of them, which
 * Hibernate reads back as no embedded value at all. The scale's rules are {@link EsasR}'s: a form
 * is checked before it is kept, and read back through it.
 */
@Embeddable
public class EsasColumns {

    Integer pain;
    Integer tiredness;
    Integer drowsiness;
    Integer nausea;
    Integer lackOfAppetite;
    Integer shortnessOfBreath;
    Integer depression;
    Integer anxiety;
    Integer wellbeing;
    Integer other;
    String otherProblem;
    @Enumerated(EnumType.STRING)
    EsasCompletedBy completedBy;

    /** For Hibernate. */
    protected EsasColumns() {
    }

    public static EsasColumns of(EsasR esas) {
        EsasColumns columns = new EsasColumns();
        columns.pain = esas.pain();
        columns.tiredness = esas.tiredness();
        columns.drowsiness = esas.drowsiness();
        columns.nausea = esas.nausea();
        columns.lackOfAppetite = esas.lackOfAppetite();
        columns.shortnessOfBreath = esas.shortnessOfBreath();
        columns.depression = esas.depression();
        columns.anxiety = esas.anxiety();
        columns.wellbeing = esas.wellbeing();
        columns.other = esas.other();
        columns.otherProblem = esas.otherProblem();
        columns.completedBy = esas.completedBy();
        return columns;
    }

    public EsasR toEsasR() {
        return new EsasR(pain, tiredness, drowsiness, nausea, lackOfAppetite, shortnessOfBreath, depression, anxiety,
                wellbeing, other, otherProblem, completedBy);
    }
}
