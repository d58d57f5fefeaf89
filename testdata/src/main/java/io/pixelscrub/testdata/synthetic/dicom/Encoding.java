package io.pixelscrub.testdata.synthetic.dicom;

import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.pixelscrub.testdata.synthetic.pixels.PixelFormat.MONO1_16;
import static io.pixelscrub.testdata.synthetic.pixels.PixelFormat.MONO2_16;
import static io.pixelscrub.testdata.synthetic.pixels.PixelFormat.MONO2_8;
import static io.pixelscrub.testdata.synthetic.pixels.PixelFormat.RGB;

/**
 * The transfer syntaxes the corpus is written in, the command that produces each from an explicit
 * little-endian file, and the pixel formats each is used with.
 */
public enum Encoding {
    EXPLICIT_LE("1.2.840.10008.1.2.1", false, EnumSet.allOf(PixelFormat.class)),
    IMPLICIT_LE("1.2.840.10008.1.2", false, EnumSet.allOf(PixelFormat.class)),
    RLE("1.2.840.10008.1.2.5", false, EnumSet.allOf(PixelFormat.class)),
    JPEG_LS_LOSSLESS("1.2.840.10008.1.2.4.80", false, EnumSet.complementOf(EnumSet.of(PixelFormat.YBR_FULL))),
    JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70", false, EnumSet.of(MONO2_8, MONO2_16, MONO1_16, RGB)),
    JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", false, EnumSet.of(MONO2_8, MONO2_16, MONO1_16, RGB)),
    /** Lossy: text boxes stay valid, but pixel values change everywhere. RGB is stored as YBR_FULL_422. */
    JPEG_BASELINE("1.2.840.10008.1.2.4.50", true, EnumSet.of(MONO2_8, RGB));

    public final String uid;
    public final boolean lossy;
    private final Set<PixelFormat> formats;

    Encoding(String uid, boolean lossy, Set<PixelFormat> formats) {
        this.uid = uid;
        this.lossy = lossy;
        this.formats = formats;
    }

    public boolean supports(PixelFormat format) {
        return formats.contains(format);
    }

    /** PixelMed writes these itself; the others are transcoded from explicit little endian by a tool. */
    public boolean isNative() {
        return this == EXPLICIT_LE || this == IMPLICIT_LE;
    }

    /** The command-line tools the compressed syntaxes need, for callers that skip when they are missing. */
    public static boolean toolsAvailable() {
        return tools().stream().allMatch(ToolRunner::onPath);
    }

    /** The command-line tools the compressed syntaxes are written with. */
    public static List<String> tools() {
        return Stream.of(values()).filter(e -> !e.isNative())
                .map(e -> e.transcodeCommand(Path.of("in"), Path.of("out")).get(0)).distinct().toList();
    }

    /** The command that turns the explicit-LE {@code in} into {@code out} in this syntax; empty for native. */
    public List<String> transcodeCommand(Path in, Path out) {
        List<String> cmd = new ArrayList<>(switch (this) {
            case EXPLICIT_LE, IMPLICIT_LE -> List.<String>of();
            case RLE -> List.of("dcmcrle");
            case JPEG_LS_LOSSLESS -> List.of("dcmcjpls", "+el");
            case JPEG_LOSSLESS_SV1 -> List.of("dcmcjpeg", "+e1");
            // +un: dcmtk gives lossy output a new random SOP Instance UID by default, which breaks determinism.
            // +sr: scale grey by the possible range (identity for 8 bits), not the default min/max stretch.
            case JPEG_BASELINE -> List.of("dcmcjpeg", "+eb", "+q", "90", "+un", "+sr");
            case JPEG_2000_LOSSLESS -> List.of("gdcmconv", "--j2k", "-i", in.toString(), "-o", out.toString());
        });
        if (!cmd.isEmpty() && !"gdcmconv".equals(cmd.get(0))) {
            cmd.add(in.toString());
            cmd.add(out.toString());
        }
        return cmd;
    }
}
