package org.pallium.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pallium.platform.problem.Problem;
import org.pallium.platform.problem.ProblemException;

class PageCursorTest {

    private static final PageCursor CURSOR = PageCursor.of(Instant.parse("2026-03-01T09:15:30.123456789Z"),
            LocalDate.parse("2026-03-02"), "Émilie O'Brien, \"née\" ~ Ünal", 2147483647, true,
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), 9_007_199_254_740_993L);

    @Test
    void readsBackEveryKeyAsItWasWritten() {
        String encoded = CURSOR.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.decode(encoded)).isEqualTo(CURSOR);
        assertThat(PageCursor.decode(encoded).keys()).hasExactlyElementsOfTypes(Instant.class, LocalDate.class,
                String.class, Integer.class, Boolean.class, UUID.class, Long.class);
    }

    @Test
    void refusesACursorWithAnyCharacterChanged() {
        String encoded = CURSOR.encode();
        for (int i = 0; i < encoded.length(); i++) {
            char changed = encoded.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = encoded.substring(0, i) + changed + encoded.substring(i + 1);
            assertInvalid(tampered);
        }
    }

    @Test
    void refusesACursorCutShortOrExtended() {
        String encoded = CURSOR.encode();

        assertInvalid(encoded.substring(0, encoded.length() - 3));
        assertInvalid(encoded + "AAAA");
    }

    @Test
    void refusesWhatNoPageGaveOut() {
        assertInvalid("not a cursor!");
        assertInvalid("");
        assertInvalid("AA");
        assertInvalid(UUID.randomUUID().toString());
        assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString("2026-03-01T09:15:30Z~abc".getBytes()));
    }

    @Test
    void holdsNoTypeItCannotReadBack() {
        assertThatThrownBy(() -> PageCursor.of(3.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheOneKeyOfACursorOfOneKeyAndRefusesAnyOther() {
        assertThat(PageCursor.decode(PageCursor.of(42L).encode()).single(Long.class)).isEqualTo(42L);
        assertThatThrownBy(() -> PageCursor.decode(PageCursor.of(42).encode()).single(Long.class))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CURSOR.single(Long.class)).isInstanceOf(ProblemException.class);
    }

    static void assertInvalid(String cursor) {
        assertThatThrownBy(() -> PageCursor.decode(cursor)).as(cursor).isInstanceOfSatisfying(ProblemException.class,
                refused -> {
                    Problem problem = refused.toProblem();
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("invalid-cursor");
                    assertThat(problem.title()).isEqualTo("Invalid cursor");
                });
    }
}
