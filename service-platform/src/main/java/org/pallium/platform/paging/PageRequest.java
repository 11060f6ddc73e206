package org.pallium.platform.paging;

import java.util.Optional;

/**
 * Which page of a list to read: at most {@code limit} items, after the item the cursor
 * {@code after} names (none: from the first). An API reads them from the query parameters
 * {@code limit} (validated with {@code @Min(1) @Max(MAX_LIMIT)}, so that a limit out of range is a
 * 400 naming the parameter) and {@code after}.
 */
public record PageRequest(int limit, Optional<PageCursor> after) {

    /** The limit of a request that gives none, as {@code @DefaultValue} takes it. */
    public static final String DEFAULT_LIMIT = "50";
    /** The most items one page holds, so that one request cannot read a whole table. */
    public static final int MAX_LIMIT = 200;
    public static final String LIMIT_DESCRIPTION = "At most this many items, 50 unless given, 200 at most";
    public static final String AFTER_DESCRIPTION = "The previous page's `next`, to read the page after it";
    /** What a 400 of a paged list means, for its OpenAPI description. */
    public static final String INVALID_PAGE = "A limit outside 1 to 200 (a violation naming `limit`), or an `after` "
            + "that is not a cursor this list gave out (code invalid-cursor)";

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1 to " + MAX_LIMIT);
        }
    }

    /**
     * The page after the cursor {@code after} (null or blank: the first page).
     *
     * @throws org.pallium.platform.problem.ProblemException 400 when {@code after} is not a cursor
     *                                                       a page gave out
     */
    public static PageRequest of(int limit, String after) {
        return new PageRequest(limit, after == null || after.isBlank() ? Optional.empty()
                : Optional.of(PageCursor.decode(after)));
    }

    /** How many rows to read: one more than the page holds, the one that tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
