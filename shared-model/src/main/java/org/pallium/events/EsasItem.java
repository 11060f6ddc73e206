package org.pallium.events;

/** The nine symptoms that ESAS-r always asks about, in the order of the form. */
public enum EsasItem {
    PAIN("pain"),
    TIREDNESS("tiredness"),
    DROWSINESS("drowsiness"),
    NAUSEA("nausea"),
    LACK_OF_APPETITE("lackOfAppetite"),
    SHORTNESS_OF_BREATH("shortnessOfBreath"),
    DEPRESSION("depression"),
    ANXIETY("anxiety"),
    WELLBEING("wellbeing");

    private final String field;

    EsasItem(String field) {
        this.field = field;
    }

    /** The item's field in {@link EsasR} and in JSON. */
    public String field() {
        return field;
    }
}
