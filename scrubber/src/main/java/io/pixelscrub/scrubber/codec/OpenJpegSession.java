package io.pixelscrub.scrubber.codec;

import com.sun.jna.Pointer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One OpenJPEG operation's memory stream and error messages. OpenJPEG calls back into Java with a user-data pointer;
 * that pointer is this session's number, looked up in {@link #OPEN}, so the callbacks are created once for the JVM and
 * threads share no state. The callbacks never throw into native code: anything wrong reads as the end of the stream.
 */
final class OpenJpegSession implements AutoCloseable {
    private static final Map<Long, OpenJpegSession> OPEN = new ConcurrentHashMap<>();
    private static final AtomicLong NUMBERS = new AtomicLong(1);
    /** Codestreams are read in one go up to this size; OpenJPEG's own default chunk. */
    private static final int CHUNK = 1 << 20;
    private static final long END = -1;

    static final OpenJpeg.ReadFunction READ = new OpenJpeg.ReadFunction() {
        @Override
        public long invoke(Pointer buffer, long count, Pointer user) {
            OpenJpegSession s = OPEN.get(Pointer.nativeValue(user));
            return s == null ? END : s.read(buffer, count);
        }
    };
    static final OpenJpeg.WriteFunction WRITE = new OpenJpeg.WriteFunction() {
        @Override
        public long invoke(Pointer buffer, long count, Pointer user) {
            OpenJpegSession s = OPEN.get(Pointer.nativeValue(user));
            return s == null ? END : s.write(buffer, count);
        }
    };
    static final OpenJpeg.SkipFunction SKIP = new OpenJpeg.SkipFunction() {
        @Override
        public long invoke(long count, Pointer user) {
            OpenJpegSession s = OPEN.get(Pointer.nativeValue(user));
            return s == null ? END : s.skip(count);
        }
    };
    static final OpenJpeg.SeekFunction SEEK = new OpenJpeg.SeekFunction() {
        @Override
        public int invoke(long position, Pointer user) {
            OpenJpegSession s = OPEN.get(Pointer.nativeValue(user));
            return s != null && s.seek(position) ? 1 : 0;
        }
    };
    static final OpenJpeg.MessageHandler ERRORS = new OpenJpeg.MessageHandler() {
        @Override
        public void invoke(String message, Pointer user) {
            OpenJpegSession s = OPEN.get(Pointer.nativeValue(user));
            if (s != null && message != null && s.firstError == null) {
                s.firstError = message.strip();
            }
        }
    };

    private final long number = NUMBERS.getAndIncrement();
    private final OpenJpeg lib;
    private final boolean input;
    private byte[] data;
    private int length;
    private long position;
    private Pointer stream;
    private volatile String firstError;

    private OpenJpegSession(OpenJpeg lib, boolean input, byte[] data, int length) {
        this.lib = lib;
        this.input = input;
        this.data = data;
        this.length = length;
        OPEN.put(number, this);
    }

    static OpenJpegSession reading(OpenJpeg lib, byte[] codestream) {
        return new OpenJpegSession(lib, true, codestream, codestream.length);
    }

    static OpenJpegSession writing(OpenJpeg lib, int expectedSize) {
        return new OpenJpegSession(lib, false, new byte[Math.max(1024, expectedSize)], 0);
    }

    /** This session's number as OpenJPEG's user-data and client-data pointer. */
    Pointer userData() {
        return new Pointer(number);
    }

    /** The opj_stream_t over this session's bytes, created on first use and destroyed by {@link #close()}. */
    Pointer stream() {
        if (stream == null) {
            stream = lib.opj_stream_create(input ? Math.min(Math.max(length, 1), CHUNK) : CHUNK, input ? 1 : 0);
            if (stream == null) {
                throw new OutOfMemoryError("OpenJPEG could not create a stream");
            }
            if (input) {
                lib.opj_stream_set_read_function(stream, READ);
                lib.opj_stream_set_user_data_length(stream, length);
            } else {
                lib.opj_stream_set_write_function(stream, WRITE);
            }
            lib.opj_stream_set_skip_function(stream, SKIP);
            lib.opj_stream_set_seek_function(stream, SEEK);
            lib.opj_stream_set_user_data(stream, userData(), null);
        }
        return stream;
    }

    /** OpenJPEG's first error message, or a fallback. */
    String error(String fallback) {
        String e = firstError;
        return e == null || e.isEmpty() ? fallback : e;
    }

    /** The bytes written so far. */
    byte[] written() {
        return Arrays.copyOf(data, length);
    }

    private long read(Pointer buffer, long count) {
        if (!input || position >= length || count <= 0) {
            return END;
        }
        int n = (int) Math.min(count, length - position);
        buffer.write(0, data, (int) position, n);
        position += n;
        return n;
    }

    private long write(Pointer buffer, long count) {
        if (input || count < 0 || position + count > Integer.MAX_VALUE - 16) {
            return END;
        }
        int end = (int) (position + count);
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        buffer.read(0, data, (int) position, (int) count);
        position = end;
        length = Math.max(length, end);
        return count;
    }

    private long skip(long count) {
        long target = position + count;
        if (target < 0 || (input && target > length) || target > Integer.MAX_VALUE - 16) {
            return END;
        }
        if (!input && target > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(target, data.length * 2L));
        }
        position = target;
        if (!input) {
            length = Math.max(length, (int) target);
        }
        return count;
    }

    private boolean seek(long target) {
        if (target < 0 || (input && target > length) || target > Integer.MAX_VALUE - 16) {
            return false;
        }
        if (!input && target > length) {
            skip(target - position);
        }
        position = target;
        return true;
    }

    @Override
    public void close() {
        if (stream != null) {
            lib.opj_stream_destroy(stream);
            stream = null;
        }
        OPEN.remove(number);
    }
}
