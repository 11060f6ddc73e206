package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Edmonton Symptom Assessment System (revised) form: the nine symptoms, each from 0 (none) to
 * 10 (worst possible) as the patient feels now, an optional "other problem" scored the same way,
 * and who completed it. The one implementation of the scale: every setting validates with it.
 *
 * @param other        the score of the other problem; null when the form names none
 * @param otherProblem what the other problem is; present exactly when {@code other} is
 */
public record EsasR(
        int pain,
        int tiredness,
        int drowsiness,
        int nausea,
        int lackOfAppetite,
        int shortnessOfBreath,
        int depression,
        int anxiety,
        int wellbeing,
        Integer other,
        String otherProblem,
        EsasCompletedBy completedBy) {

    public static final int NONE = 0;
    public static final int WORST_POSSIBLE = 10;

    public EsasR {
        for (EsasItem item : EsasItem.values()) {
            requireScore(scoreOf(item, pain, tiredness, drowsiness, nausea, lackOfAppetite, shortnessOfBreath,
                    depression, anxiety, wellbeing), item.field());
        }
        optional(otherProblem, "otherProblem");
        if (other != null) {
            requireScore(other, "other");
        }
        if ((other == null) != (otherProblem == null)) {
            throw new IllegalArgumentException("other and otherProblem go together: the score of the other problem, and what it is");
        }
        present(completedBy, "completedBy");
    }

    /** Whether {@code score} is on the ESAS-r scale: a whole number from 0 to 10. */
    public static boolean isScore(int score) {
        return score >= NONE && score <= WORST_POSSIBLE;
    }

    public int score(EsasItem item) {
        return scoreOf(item, pain, tiredness, drowsiness, nausea, lackOfAppetite, shortnessOfBreath, depression,
                anxiety, wellbeing);
    }

    /**
     * How each of the nine items moved since {@code before}, by field name in the form's order:
     * positive is worse, as every ESAS-r item scores 10 as the worst.
     */
    public Map<String, Integer> changeSince(EsasR before) {
        Map<String, Integer> change = new LinkedHashMap<>();
        for (EsasItem item : EsasItem.values()) {
            change.put(item.field(), score(item) - before.score(item));
        }
        return change;
    }

    /** The total symptom distress score: the sum of the nine items, 0 to 90. */
    public int total() {
        return pain + tiredness + drowsiness + nausea + lackOfAppetite + shortnessOfBreath + depression + anxiety
                + wellbeing;
    }

    private static int scoreOf(EsasItem item, int pain, int tiredness, int drowsiness, int nausea, int lackOfAppetite,
            int shortnessOfBreath, int depression, int anxiety, int wellbeing) {
        return switch (item) {
            case PAIN -> pain;
            case TIREDNESS -> tiredness;
            case DROWSINESS -> drowsiness;
            case NAUSEA -> nausea;
            case LACK_OF_APPETITE -> lackOfAppetite;
            case SHORTNESS_OF_BREATH -> shortnessOfBreath;
            case DEPRESSION -> depression;
            case ANXIETY -> anxiety;
            case WELLBEING -> wellbeing;
        };
    }

    private static void requireScore(int score, String item) {
        if (!isScore(score)) {
            throw new IllegalArgumentException(item + " must be an ESAS-r score from 0 to 10, not " + score);
        }
    }
}
