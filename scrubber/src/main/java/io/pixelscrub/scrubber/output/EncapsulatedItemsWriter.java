package io.pixelscrub.scrubber.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes encapsulated pixel data items (empty basic offset table, one fragment per frame, delimiter) to a file. */
public final class EncapsulatedItemsWriter implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private boolean finished;

    public EncapsulatedItemsWriter(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        writeItemHeader(0xE000, 0); // empty basic offset table
    }

    public void addFrame(byte[] compressed) throws IOException {
        int padded = compressed.length + (compressed.length & 1);
        writeItemHeader(0xE000, padded);
        out.write(compressed);
        if (padded != compressed.length) {
            out.write(0);
        }
    }

    /** Ends the sequence and returns the payload covering the whole file. */
    public PixelDataPayload finish() throws IOException {
        writeItemHeader(0xE0DD, 0);
        out.close();
        finished = true;
        return new PixelDataPayload(file, 0, Files.size(file), "OB", true);
    }

    private void writeItemHeader(int element, long length) throws IOException {
        byte[] b = {(byte) 0xFE, (byte) 0xFF, (byte) element, (byte) (element >> 8),
            (byte) length, (byte) (length >> 8), (byte) (length >> 16), (byte) (length >> 24)};
        out.write(b);
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            out.close();
        }
    }
}
