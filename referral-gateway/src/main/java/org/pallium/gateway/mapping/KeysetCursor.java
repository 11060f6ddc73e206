package org.pallium.gateway.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.pallium.platform.problem.ProblemException;

/**
 * The opaque cursor of keyset paging: the sort key (a time and a tie-break) of the last item of a
 * page. The next page starts after it, so items that arrive meanwhile never shift what follows.
 */
public final class KeysetCursor {

    /** A decoded cursor. */
    public record Position(Instant at, String tieBreak) {
    }

    private KeysetCursor() {
    }

    public static String encode(Instant at, String tieBreak) {
        String plain = at.getEpochSecond() + "." + at.getNano() + "~" + tieBreak;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /**
     * The position a cursor points after, read with {@code tieBreak}.
     *
     * @throws ProblemException 400 when the cursor was not made by this list
     */
    public static <T> Optional<T> decode(String cursor, Function<Position, T> read) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), UTF_8).split("~", 2);
            String[] instant = parts[0].split("\\.", 2);
            return Optional.of(read.apply(new Position(
                    Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])), parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ProblemException(400, "Invalid cursor", "The cursor is not one this list gave out");
        }
    }

    /** The link to the page after {@code items}, or none when this page was not full. */
    static <T> URI nextLink(List<T> items, int limit, Function<T, String> cursorOf, Function<String, URI> linkTo) {
        return items.size() == limit ? linkTo.apply(cursorOf.apply(items.getLast())) : null;
    }
}
