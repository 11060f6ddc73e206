package org.pallium.platform.local;

import java.util.List;

/** The JVM options of a process the suite starts. */
final class JvmOptions {

    private JvmOptions() {
    }

    /** The system property's options when it is set (as a benchmark sets it), otherwise the laptop's. */
    static List<String> fromPropertyOr(String property, String laptopOptions) {
        String options = System.getProperty(property, "");
        return List.of((options.isBlank() ? laptopOptions : options).trim().split("\\s+"));
    }
}
