package io.pixelscrub.testdata.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The external decoders and the exact command line each is run with. Every dcmtk decoder
 * writes explicit VR little endian ({@code +te}), so the extracted Pixel Data is always
 * native little endian. UID options ({@code +ud}/{@code +ua}) are left at their defaults:
 * they change header UIDs only, never pixels.
 */
enum Tool {
    /** JPEG baseline/extended/lossless. {@code +px}: colour by pixel, as the JPEG stream is interleaved. */
    DCMDJPEG("dcmdjpeg"),
    /** JPEG-LS; default {@code +pr} keeps the dataset's PlanarConfiguration. */
    DCMDJPLS("dcmdjpls"),
    DCMDRLE("dcmdrle"),
    /** Native syntaxes (implicit/explicit LE, big endian, deflate): a transcode, no decoding. */
    DCMCONV("dcmconv"),
    /** JPEG 2000 and whatever dcmtk 3.6.7 lacks. */
    GDCMCONV("gdcmconv");

    final String executable;

    Tool(String executable) {
        this.executable = executable;
    }

    List<String> command(Path in, Path out, ColorHandling color) {
        List<String> cmd = new ArrayList<>(List.of(executable));
        switch (this) {
            case DCMDJPEG -> cmd.addAll(List.of(color == ColorHandling.TO_RGB ? "+cp" : "+cn", "+px", "+te"));
            case DCMDJPLS, DCMDRLE, DCMCONV -> cmd.add("+te");
            case GDCMCONV -> {
                cmd.addAll(List.of("--raw", "-i", in.toString(), "-o", out.toString()));
                return cmd;
            }
        }
        cmd.add(in.toString());
        cmd.add(out.toString());
        return cmd;
    }

    /** Which tool decodes a transfer syntax; null or blank (no file meta) means implicit VR LE. */
    static Tool forTransferSyntax(String uid) {
        if (uid == null || uid.isBlank()) {
            return DCMCONV;
        }
        return switch (uid.strip()) {
            case "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
                    "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70" -> DCMDJPEG;
            case "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81" -> DCMDJPLS;
            case "1.2.840.10008.1.2.5" -> DCMDRLE;
            case "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2",
                    "1.2.840.10008.1.2.1.99" -> DCMCONV;
            default -> GDCMCONV;
        };
    }
}
