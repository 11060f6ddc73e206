package org.pallium.events;

/**
 * The Palliative Performance Scale (PPS v2): 0% to 100% in steps of 10, 0% being death. Never an
 * average and never a value between steps. The one implementation of the scale: every setting
 * validates with it.
 */
public final class Pps {

    public static final int STEP = 10;

    private Pps() {
    }

    /** Whether {@code percent} is a PPS level: 0, 10, 20 ... 100. */
    public static boolean isLevel(int percent) {
        return percent >= 0 && percent <= 100 && percent % STEP == 0;
    }

    /** @throws IllegalArgumentException when {@code percent} is not a PPS level */
    public static int requireLevel(int percent, String name) {
        if (!isLevel(percent)) {
            throw new IllegalArgumentException(name + " must be a PPS level from 0 to 100 in steps of 10, not " + percent);
        }
        return percent;
    }
}
