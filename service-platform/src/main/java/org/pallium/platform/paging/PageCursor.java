package org.pallium.platform.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32C;

import org.pallium.platform.problem.ProblemException;

/**
 * The keyset of a list's item, as a cursor a client passes back opaquely: the values of the list's
 * sort keys, the last one the item's id. It is base64url (without padding) of the typed values and a
 * checksum, so that a cursor damaged or edited by hand is refused rather than read as another
 * position. The checksum is no signature, and need not be: a cursor only says where in a list to
 * resume, and the list's query keeps to the records the caller may see whatever the cursor says.
 *
 * <p>Values are {@link Instant}, {@link LocalDate}, {@link String}, {@link Integer}, {@link Boolean}
 * or {@link UUID}, never null (a nullable sort key is sorted by its {@code coalesce}).
 */
public record PageCursor(List<Object> keys) {

    private static final byte FORMAT = 1;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The tag of each type of value, as it precedes the value in the encoded cursor. */
    private enum Tag {
        INSTANT(Instant.class), DATE(LocalDate.class), TEXT(String.class), INTEGER(Integer.class),
        BOOLEAN(Boolean.class), ID(UUID.class), LONG(Long.class);

        private final Class<?> type;

        Tag(Class<?> type) {
            this.type = type;
        }

        static Tag of(Object value) {
            for (Tag tag : values()) {
                if (tag.type.isInstance(value)) {
                    return tag;
                }
            }
            throw new IllegalArgumentException("A page cursor holds no " + value.getClass().getName());
        }
    }

    public PageCursor {
        keys = List.copyOf(keys);
        keys.forEach(Tag::of);
    }

    public static PageCursor of(Object... keys) {
        return new PageCursor(List.of(keys));
    }

    /** The cursor as a client sees it. */
    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(keys.size());
            for (Object key : keys) {
                Tag tag = Tag.of(key);
                out.writeByte(tag.ordinal());
                switch (key) {
                    case Instant at -> {
                        out.writeLong(at.getEpochSecond());
                        out.writeInt(at.getNano());
                    }
                    case LocalDate day -> out.writeLong(day.toEpochDay());
                    case String text -> out.writeUTF(text);
                    case Integer number -> out.writeInt(number);
                    case Long number -> out.writeLong(number);
                    case Boolean flag -> out.writeBoolean(flag);
                    case UUID id -> {
                        out.writeLong(id.getMostSignificantBits());
                        out.writeLong(id.getLeastSignificantBits());
                    }
                    default -> throw new IllegalStateException("Unreachable: " + tag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        return ENCODER.encodeToString(ByteBuffer.allocate(payload.length + Integer.BYTES).put(payload)
                .putInt(checksum(payload, payload.length)).array());
    }

    /**
     * The cursor a client passed back.
     *
     * @throws ProblemException 400 {@code invalid-cursor} when it is not one a page gave out, or was
     *                          altered since
     */
    public static PageCursor decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            int payload = bytes.length - Integer.BYTES;
            if (payload < 2 || ByteBuffer.wrap(bytes, payload, Integer.BYTES).getInt() != checksum(bytes, payload)) {
                throw invalid();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, payload));
            if (in.readByte() != FORMAT) {
                throw invalid();
            }
            int count = in.readUnsignedByte();
            List<Object> keys = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int tag = in.readUnsignedByte();
                if (tag >= Tag.values().length) {
                    throw invalid();
                }
                keys.add(switch (Tag.values()[tag]) {
                    case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
                    case DATE -> LocalDate.ofEpochDay(in.readLong());
                    case TEXT -> in.readUTF();
                    case INTEGER -> in.readInt();
                    case BOOLEAN -> in.readBoolean();
                    case ID -> new UUID(in.readLong(), in.readLong());
                    case LONG -> in.readLong();
                });
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return new PageCursor(keys);
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    /**
     * The one key of a cursor that holds one, such as a position in a feed.
     *
     * @throws ProblemException 400 {@code invalid-cursor} when the cursor holds other keys
     */
    public <T> T single(Class<T> type) {
        if (keys.size() != 1 || !type.isInstance(keys.getFirst())) {
            throw invalid();
        }
        return type.cast(keys.getFirst());
    }

    static ProblemException invalid() {
        return new ProblemException(400, "invalid-cursor", "Invalid cursor",
                "The cursor is not one this list gave out; read the list again from its first page");
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
