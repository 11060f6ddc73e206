package org.pallium.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pallium.platform.problem.ProblemException;

class KeysetTest {

    record Note(UUID id, Instant writtenAt, String author) {
    }

    private static final Keyset<Note> NEWEST_FIRST = Keyset.of("n.id", Note::id,
            Keyset.descending("n.writtenAt", Instant.class, Note::writtenAt),
            Keyset.ascending("n.author", String.class, Note::author));
    private static final Note NOTE = new Note(UUID.randomUUID(), Instant.parse("2026-03-01T09:00:00Z"), "nurse-a");

    @Test
    void readsTheFirstPageInOrderWithTheIdLast() {
        Keyset.Query query = NEWEST_FIRST.page("from Note n", "n.patientId = :patient", Map.of("patient", 7),
                PageRequest.of(10, null));

        assertThat(query.hql()).isEqualTo("from Note n where n.patientId = :patient order by n.writtenAt desc, n.author, n.id");
        assertThat(query.parameters()).isEqualTo(Map.of("patient", 7));
    }

    @Test
    void readsTheNextPageAfterTheLastItemsKeys() {
        String after = NEWEST_FIRST.cursorOf(NOTE).encode();

        Keyset.Query query = NEWEST_FIRST.page("from Note n", "n.patientId = :patient", Map.of("patient", 7),
                PageRequest.of(10, after));

        assertThat(query.hql()).isEqualTo("from Note n where n.patientId = :patient and (n.writtenAt < :pageAfter0 "
                + "or (n.writtenAt = :pageAfter0 and (n.author > :pageAfter1 or (n.author = :pageAfter1 "
                + "and (n.id > :pageAfter2))))) order by n.writtenAt desc, n.author, n.id");
        assertThat(query.parameters()).isEqualTo(Map.of("patient", 7, "pageAfter0", NOTE.writtenAt(),
                "pageAfter1", NOTE.author(), "pageAfter2", NOTE.id()));
    }

    @Test
    void readsEveryRowAfterTheCursorWhenTheListHasNoFilter() {
        Keyset.Query query = NEWEST_FIRST.page("from Note n", "", Map.of(),
                PageRequest.of(10, NEWEST_FIRST.cursorOf(NOTE).encode()));

        assertThat(query.hql()).startsWith("from Note n where (n.writtenAt < :pageAfter0 or ");
    }

    @Test
    void refusesTheCursorOfAnotherList() {
        for (PageCursor another : List.of(PageCursor.of(NOTE.writtenAt(), NOTE.id()),
                PageCursor.of(NOTE.author(), NOTE.writtenAt(), NOTE.id()))) {
            PageRequest request = PageRequest.of(10, another.encode());
            assertThatThrownBy(() -> NEWEST_FIRST.page("from Note n", "", Map.of(), request))
                    .isInstanceOf(ProblemException.class).hasMessageContaining("not one this list gave out");
        }
    }

    @Test
    void aPageWithMoreRowsThanItsLimitHasANextPageAfterItsLastItem() {
        List<Note> rows = List.of(NOTE, new Note(UUID.randomUUID(), NOTE.writtenAt().minusSeconds(60), "nurse-b"));

        Page<UUID> full = Page.of(rows, PageRequest.of(1, null), NEWEST_FIRST::cursorOf, Note::id);
        Page<UUID> last = Page.of(rows, PageRequest.of(2, null), NEWEST_FIRST::cursorOf, Note::id);

        assertThat(full.items()).containsExactly(NOTE.id());
        assertThat(PageCursor.decode(full.next())).isEqualTo(NEWEST_FIRST.cursorOf(NOTE));
        assertThat(last.items()).containsExactly(NOTE.id(), rows.get(1).id());
        assertThat(last.next()).isNull();
    }
}
