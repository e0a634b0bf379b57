package nl.permitholders.supervision.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format ({@code COPY … FROM STDIN (FORMAT binary)}): per row the number of fields,
 * then each field as its length and its value in the type's binary send format, or length -1 for null. Binary rather
 * than text, so that PostgreSQL neither parses nor we escape anything. A stream of them starts with {@link #HEADER} and
 * ends with {@link #TRAILER}.
 */
final class BinaryCopyRows {

    /** The signature, no flags, no header extension. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** A field count of -1. */
    static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};

    /** PostgreSQL counts dates and timestamps from 1 January 2000. */
    private static final LocalDate EPOCH_DATE = LocalDate.of(2000, 1, 1);
    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private byte[] bytes;
    private int length;

    BinaryCopyRows(int expectedBytes) {
        bytes = new byte[Math.max(expectedBytes, 64)];
    }

    BinaryCopyRows row(int fields) {
        return int2(fields);
    }

    BinaryCopyRows uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        int4(16);
        int8(value.getMostSignificantBits());
        return int8(value.getLeastSignificantBits());
    }

    BinaryCopyRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int4(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    BinaryCopyRows integer(Integer value) {
        if (value == null) {
            return nullValue();
        }
        int4(4);
        return int4(value);
    }

    BinaryCopyRows bool(Boolean value) {
        if (value == null) {
            return nullValue();
        }
        int4(1);
        ensure(1);
        bytes[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A {@code date}: days since 1 January 2000. */
    BinaryCopyRows date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        int4(4);
        return int4((int) ChronoUnit.DAYS.between(EPOCH_DATE, value));
    }

    /** A {@code timestamptz}: microseconds since 1 January 2000 UTC, finer parts cut off as the reactive client does. */
    BinaryCopyRows timestamptz(OffsetDateTime value) {
        if (value == null) {
            return nullValue();
        }
        int4(8);
        return int8(ChronoUnit.MICROS.between(EPOCH, value.toInstant()));
    }

    int length() {
        return length;
    }

    /** The rows written so far, without copying them: valid for {@code length()} bytes. */
    byte[] buffer() {
        return bytes;
    }

    private BinaryCopyRows nullValue() {
        return int4(-1);
    }

    private BinaryCopyRows int2(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
        return this;
    }

    private BinaryCopyRows int4(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
        return this;
    }

    private BinaryCopyRows int8(long value) {
        int4((int) (value >>> 32));
        return int4((int) value);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
