package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Frames of uncompressed pixel data read straight from the file, one at a time (big endian is swapped to little). */
public final class NativeFrameSource implements FrameSource {
    private final FileChannel channel;
    private final long valueOffset;
    private final PixelModule module;
    private final boolean bigEndian;

    public NativeFrameSource(Path file, long valueOffset, PixelModule module, boolean bigEndian) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.valueOffset = valueOffset;
        this.module = module;
        this.bigEndian = bigEndian;
    }

    @Override
    public PixelModule module() { return module; }

    @Override
    public int frameCount() { return module.frames(); }

    @Override
    public byte[] frame(int index) throws IOException {
        int n = module.bytesPerFrame();
        ByteBuffer b = ByteBuffer.allocate(n);
        long at = valueOffset + (long) index * n;
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new IOException("unexpected end of pixel data");
            }
        }
        byte[] data = b.array();
        if (bigEndian && module.bitsAllocated() == 16) {
            swap16(data);
        }
        return data;
    }

    static void swap16(byte[] data) {
        for (int i = 0; i + 1 < data.length; i += 2) {
            byte t = data[i];
            data[i] = data[i + 1];
            data[i + 1] = t;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
