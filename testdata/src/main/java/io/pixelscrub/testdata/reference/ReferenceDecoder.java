package io.pixelscrub.testdata.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decodes DICOM pixel data with the dcmtk 3.6.7 and GDCM 3.0.21 command-line tools, to check
 * our in-process (PixelMed) decoding against an independent implementation. No Java DICOM
 * library is involved: the tools write a native explicit-little-endian file, {@code dcmdump +W}
 * extracts its Pixel Data bytes and {@code dcmdump} text gives the image attributes.
 *
 * <p>Each call works in its own temporary directory, deleted afterwards, so calls are
 * independent and may run in parallel.
 */
public final class ReferenceDecoder {
    private static final List<String> REQUIRED_TOOLS = List.of(
            "dcmdump", "dcmconv", "dcmdjpeg", "dcmdjpls", "dcmdrle", "gdcmconv");

    private ReferenceDecoder() {
    }

    /** Whether every tool this class runs is on the PATH; tests use it to skip, not fail. */
    public static boolean toolsAvailable() {
        return REQUIRED_TOOLS.stream().allMatch(ToolRunner::onPath);
    }

    /** The command-line tools the reference decoders run. */
    public static List<String> tools() {
        return REQUIRED_TOOLS;
    }

    /** Decodes with the dcmtk tool for the file's transfer syntax, keeping YCbCr as stored. */
    public static ReferenceImage decode(Path dicom) throws IOException {
        return decode(dicom, ColorHandling.AS_STORED);
    }

    /**
     * Decodes with the tool chosen by transfer syntax: dcmdjpeg, dcmdjpls, dcmdrle, dcmconv for
     * native syntaxes, gdcmconv for JPEG 2000 and anything else.
     */
    public static ReferenceImage decode(Path dicom, ColorHandling color) throws IOException {
        return withTempDir(dir -> {
            Tool tool = Tool.forTransferSyntax(transferSyntax(dir, dicom));
            return decodeWith(dir, tool, dicom, color);
        });
    }

    /** Decodes with {@code gdcmconv --raw} whatever the syntax, to cross-check dcmtk. */
    public static ReferenceImage decodeWithGdcm(Path dicom) throws IOException {
        return withTempDir(dir -> decodeWith(dir, Tool.GDCMCONV, dicom, ColorHandling.AS_STORED));
    }

    /** Transfer syntax UID from the file meta, or null when the file has none. */
    public static String transferSyntax(Path dicom) throws IOException {
        return withTempDir(dir -> transferSyntax(dir, dicom));
    }

    private static String transferSyntax(Path dir, Path dicom) throws IOException {
        // -M: skip loading pixel data; -Un: numeric UIDs instead of names like =RLELossless.
        String dump = ToolRunner.run(dir, List.of("dcmdump", "-M", "-Un", dicom.toAbsolutePath().toString()));
        return DcmDump.parse(dump).string("0002,0010");
    }

    private static ReferenceImage decodeWith(Path dir, Tool tool, Path dicom, ColorHandling color)
            throws IOException {
        Path decoded = dir.resolve("decoded.dcm");
        ToolRunner.run(dir, tool.command(dicom.toAbsolutePath(), decoded, color));
        Path rawDir = Files.createDirectory(dir.resolve("raw"));
        String dump = ToolRunner.run(dir, List.of("dcmdump", "-Un", "+W", rawDir.toString(), decoded.toString()));
        return toImage(DcmDump.parse(dump), tool);
    }

    private static ReferenceImage toImage(DcmDump dump, Tool tool) throws IOException {
        String rawFile = dump.pixelDataFile();
        if (rawFile == null) {
            throw new IOException(tool.executable + " output has no top-level Pixel Data (7fe0,0010)");
        }
        ReferenceImage header = new ReferenceImage(
                dump.required("0028,0010"), dump.required("0028,0011"),
                dump.integer("0028,0008").orElse(1), dump.required("0028,0002"),
                dump.required("0028,0100"), dump.required("0028,0101"),
                dump.required("0028,0103"), dump.integer("0028,0006").orElse(0),
                dump.string("0028,0004"), new byte[0]);
        byte[] bytes = Files.readAllBytes(Path.of(rawFile));
        // An odd-length value is padded to even length in the file; drop only that pad byte,
        // anything else is kept so length checks in tests can see it.
        long expected = (long) header.frameLength() * header.frames();
        if (expected % 2 == 1 && bytes.length == expected + 1) {
            bytes = Arrays.copyOf(bytes, (int) expected);
        }
        return new ReferenceImage(header.rows(), header.columns(), header.frames(),
                header.samplesPerPixel(), header.bitsAllocated(), header.bitsStored(),
                header.pixelRepresentation(), header.planarConfiguration(),
                header.photometricInterpretation(), bytes);
    }

    private interface InDir<T> {
        T apply(Path dir) throws IOException;
    }

    private static <T> T withTempDir(InDir<T> body) throws IOException {
        Path dir = Files.createTempDirectory("pixelscrub-refdecode");
        try {
            return body.apply(dir);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
