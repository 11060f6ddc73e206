package org.pallium.platform.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a list, in the list's order. The next page is read with {@code after} set to
 * {@code next}; the last page has no {@code next}. Pages follow a keyset (the sort key of the last
 * item), not an offset: records written while a client pages through a list shift no later page, so
 * the client sees no item twice and skips none that was there when it began.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A page of a list, in the list's order")
public record Page<T>(
        @Schema(description = "At most `limit` items") List<T> items,
        @Schema(description = "The opaque cursor that reads the next page, passed as `after`; absent on the last page")
        String next) {

    /**
     * The page of {@code rows} read with {@link PageRequest#fetchSize()} (one more than the page holds,
     * to know whether another page follows without counting), each shown as {@code view}, with the
     * cursor after its last item.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, PageCursor> cursorOf,
            Function<R, T> view) {
        List<R> page = rows.subList(0, Math.min(rows.size(), request.limit()));
        String next = rows.size() > request.limit() ? cursorOf.apply(page.getLast()).encode() : null;
        return new Page<>(page.stream().map(view).toList(), next);
    }
}
