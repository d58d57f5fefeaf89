package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Frames of syntaxes PixelMed cannot decode (JPEG-LS, 12-bit JPEG, 16-bit colour RLE): a dcmtk tool writes an
 * uncompressed copy to a temporary file, whose frames are then read lazily like any uncompressed file.
 */
final class ToolDecodedFrameSource implements FrameSource {
    private final Path decoded;
    private final DicomInput input;
    private final NativeFrameSource frames;

    private ToolDecodedFrameSource(Path decoded, DicomInput input, NativeFrameSource frames) {
        this.decoded = decoded;
        this.input = input;
        this.frames = frames;
    }

    static ToolDecodedFrameSource decode(Path source, String transferSyntax) throws IOException, InvalidDicomException {
        Path decoded = PrivateTemp.file("pixelscrub-decoded-", ".dcm");
        try {
            String s = source.toString();
            String d = decoded.toString();
            switch (transferSyntax) {
                // +cn: keep the colour model as stored (no YCbCr to RGB); +px/+pi: planar as the codec gives it.
                case TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_EXTENDED, TransferSyntaxes.JPEG_LOSSLESS,
                     TransferSyntaxes.JPEG_LOSSLESS_SV1 -> ExternalTool.run("dcmdjpeg", List.of("-q", "+cn", "+te", s, d));
                case TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS ->
                        ExternalTool.run("dcmdjpls", List.of("-q", "+te", s, d));
                case TransferSyntaxes.RLE -> ExternalTool.run("dcmdrle", List.of("-q", "+te", s, d));
                default -> ExternalTool.run("gdcmconv", List.of("--raw", s, d));
            }
            DicomInput in = DicomFileReader.open(decoded);
            if (!in.hasPixelData() || in.location().encapsulated()) {
                in.close();
                throw new InvalidDicomException("decoder produced no uncompressed pixel data");
            }
            PixelModule m = in.module().orElseThrow();
            NativeFrameSource frames = new NativeFrameSource(decoded, in.location().valueOffset(), m, false);
            return new ToolDecodedFrameSource(decoded, in, frames);
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            Files.deleteIfExists(decoded);
            throw e;
        }
    }

    @Override
    public PixelModule module() { return frames.module(); }

    @Override
    public int frameCount() { return frames.frameCount(); }

    @Override
    public byte[] frame(int index) throws IOException {
        return frames.frame(index);
    }

    @Override
    public void close() throws IOException {
        frames.close();
        input.close();
        Files.deleteIfExists(decoded);
    }
}
