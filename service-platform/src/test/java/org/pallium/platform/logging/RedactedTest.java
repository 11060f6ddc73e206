package org.pallium.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RedactedTest {

    @Test
    void namesTheExceptionsAndWhereTheyCameFromButNoneOfTheirMessages() {
        SQLException database = new SQLException("duplicate key: Key (identifier_value)=(MRN-004711) already exists");
        IllegalStateException failure = new IllegalStateException("could not register Ada Lovelace", database);

        String described = Redacted.describe(failure);

        assertThat(described)
                .startsWith("IllegalStateException <- SQLException at org.pallium.platform.logging.RedactedTest.")
                .doesNotContain("MRN-004711", "Ada Lovelace", "duplicate key");
    }

    @Test
    void fallsBackToTheInnermostFrameWhenNoPalliumCodeWasInvolved() {
        RuntimeException outside = new RuntimeException("patient Jane Roe");
        outside.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.example.Library", "call", "Library.java", 7)});

        assertThat(Redacted.describe(outside)).isEqualTo("RuntimeException at com.example.Library.call(Library.java:7)");
    }
}
