package io.pixelscrub.scrubber.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A disk with {@code room} bytes free: lets that many bytes through, then fails as a full disk does (ENOSPC). */
public final class FullDiskStream extends FilterOutputStream {
    private long left;

    public FullDiskStream(OutputStream out, long room) {
        super(out);
        this.left = room;
    }

    @Override
    public void write(int b) throws IOException {
        if (left <= 0) {
            throw new IOException("No space left on device");
        }
        left--;
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.min(len, Math.max(0, left));
        out.write(b, off, n);
        left -= n;
        if (n < len) {
            throw new IOException("No space left on device");
        }
    }
}
