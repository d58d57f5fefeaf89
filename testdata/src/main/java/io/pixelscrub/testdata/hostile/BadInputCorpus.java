package io.pixelscrub.testdata.hostile;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * A corpus of hostile and broken inputs, made from the real files in testdata/real: each must be quarantined with one
 * line, leave no partial output and never hang. Deterministic (fixed seed), so a failure names a file that can be made
 * again.
 *
 * <ul>
 *   <li>truncations at every 5 % of real files of several syntaxes (explicit and implicit LE, big endian, deflate,
 *       RLE, JPEG baseline, JPEG-LS multi-frame);</li>
 *   <li>element lengths that lie: past the end of the file, undefined where not allowed, items overrunning their
 *       sequence, sequences without delimiters, nesting deeper than any real file, an invalid VR;</li>
 *   <li>image attributes that do not match the pixel data (Rows, Columns, BitsAllocated, SamplesPerPixel,
 *       NumberOfFrames, native and compressed);</li>
 *   <li>absurd dimensions, and dimensions over the default pixel limits;</li>
 *   <li>files that are not DICOM at all: PDF, PNG, zip, empty, a few bytes, text, random bytes with and without a
 *       preamble.</li>
 * </ul>
 */
public final class BadInputCorpus {

    /** One file and a word its quarantine reason must contain. */
    public record BadFile(Path file, String kind, String reasonContains) { }

    /** The real files cut at every 5 %: one per syntax family the issue names, plus the other native layouts. */
    public static final List<String> TRUNCATED_SOURCES = List.of(
            "pydicom/CT_small_explicitLE.dcm",
            "pydicom/MR_small_implicitLE.dcm",
            "pydicom/MR_small_bigendian.dcm",
            "pydicom/OT_image_dfl_deflated.dcm",
            "wg04/US1_RLE.dcm",
            "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm",
            "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm");

    private final Path real;
    private final Path dir;
    private final List<BadFile> files = new ArrayList<>();

    private BadInputCorpus(Path real, Path dir) {
        this.real = real;
        this.dir = dir;
    }

    /** Writes the corpus into {@code dir} (sub-folders per kind) from the files under {@code realRoot} (testdata/real). */
    public static List<BadFile> write(Path realRoot, Path dir) throws Exception {
        BadInputCorpus c = new BadInputCorpus(realRoot, dir);
        c.truncations();
        c.lyingLengths();
        c.mismatchedAttributes();
        c.absurdDimensions();
        c.notDicom();
        return List.copyOf(c.files);
    }

    private void truncations() throws IOException {
        for (String source : TRUNCATED_SOURCES) {
            byte[] bytes = Files.readAllBytes(real.resolve(source));
            String base = Path.of(source).getFileName().toString().replace(".dcm", "");
            for (int percent = 5; percent < 100; percent += 5) {
                int cut = (int) ((long) bytes.length * percent / 100);
                add("truncated", base + "-" + percent + "pct.dcm", Arrays.copyOf(bytes, cut), "truncated");
            }
        }
    }

    private void lyingLengths() throws IOException {
        add("lengths", "long-value-past-end.dcm", DicomBytes.part10().identity()
                .header(0x0043, 0x1028, "OB", 0xFFFFFFF0L).raw(new byte[64]).bytes(), "truncated");
        add("lengths", "short-value-past-end.dcm", DicomBytes.part10().identity()
                .header(0x0010, 0x0010, "PN", 60000).raw(DicomBytes.text("DOE^JANE")).bytes(), "truncated");
        add("lengths", "pixel-data-past-end.dcm", DicomBytes.part10().identity().imageModule(8, 8)
                .header(0x7FE0, 0x0010, "OW", 0x7FFFFFF0L).raw(new byte[64]).bytes(), "truncated");
        add("lengths", "undefined-length-text.dcm", DicomBytes.part10().identity()
                .header(0x0010, 0x0020, "UT", DicomBytes.UNDEFINED).raw(DicomBytes.text("ID12345")).bytes(), "corrupt");
        add("lengths", "sequence-without-delimiter.dcm", DicomBytes.part10().identity()
                .header(0x0008, 0x1140, "SQ", DicomBytes.UNDEFINED).item(0xE000, 0).bytes(), "truncated");
        add("lengths", "item-overruns-sequence.dcm", DicomBytes.part10().identity()
                .header(0x0008, 0x1140, "SQ", 16).item(0xE000, 100).raw(new byte[8])
                .imageModule(8, 8).element(0x7FE0, 0x0010, "OW", new byte[64]).bytes(), "truncated");
        DicomBytes deep = DicomBytes.part10().identity();
        for (int i = 0; i < 100; i++) {
            deep.header(0x0008, 0x1140, "SQ", DicomBytes.UNDEFINED).item(0xE000, DicomBytes.UNDEFINED);
        }
        for (int i = 0; i < 100; i++) {
            deep.item(0xE00D, 0).item(0xE0DD, 0);
        }
        add("lengths", "nested-100-deep.dcm", deep.imageModule(8, 8).element(0x7FE0, 0x0010, "OW", new byte[64]).bytes(),
                "nested deeper");
        add("lengths", "invalid-vr.dcm", DicomBytes.part10().identity().header(0x0010, 0x0010, "\0\0", 8)
                .raw(new byte[8]).imageModule(8, 8).element(0x7FE0, 0x0010, "OW", new byte[64]).bytes(), "value representation");
    }

    private void mismatchedAttributes() throws Exception {
        String ct = "pydicom/CT_small_explicitLE.dcm";      // 128 x 128, 16 bits, one frame, native
        edit("mismatch", ct, "rows-256.dcm", "shorter", l -> NativeDicom.us(l, TagFromName.Rows, 256));
        edit("mismatch", ct, "columns-64.dcm", "longer", l -> NativeDicom.us(l, TagFromName.Columns, 64));
        edit("mismatch", ct, "bits-allocated-8.dcm", "longer", l -> {
            NativeDicom.us(l, TagFromName.BitsAllocated, 8);
            NativeDicom.us(l, TagFromName.BitsStored, 8);
            NativeDicom.us(l, TagFromName.HighBit, 7);
        });
        edit("mismatch", ct, "bits-allocated-32.dcm", "BitsAllocated", l -> NativeDicom.us(l, TagFromName.BitsAllocated, 32));
        edit("mismatch", ct, "samples-per-pixel-3.dcm", "shorter", l -> {
            NativeDicom.us(l, TagFromName.SamplesPerPixel, 3);
            cs(l, TagFromName.PhotometricInterpretation, "RGB");
        });
        edit("mismatch", ct, "frames-5.dcm", "shorter", l -> is(l, TagFromName.NumberOfFrames, 5));
        String jpeg = "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm";
        edit("mismatch", jpeg, "jpeg-baseline-frames-3.dcm", "frames", l -> is(l, TagFromName.NumberOfFrames, 3));
        edit("mismatch", jpeg, "jpeg-baseline-rows-plus-64.dcm", "", l -> NativeDicom.us(l, TagFromName.Rows,
                Attribute.getSingleIntegerValueOrDefault(l, TagFromName.Rows, 0) + 64));
        edit("mismatch", "pydicom/SC_rgb_rle_2frame.dcm", "rle-2-frames-says-1.dcm", "frames",
                l -> is(l, TagFromName.NumberOfFrames, 1));
        edit("mismatch", "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm", "jpeg-ls-10-frames-says-1.dcm", "frames",
                l -> is(l, TagFromName.NumberOfFrames, 1));
        edit("mismatch", "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm", "jpeg-ls-10-frames-says-12.dcm", "frames",
                l -> is(l, TagFromName.NumberOfFrames, 12));
        edit("mismatch", "pydicom/MR_small_jpeg_ls_lossless.dcm", "jpeg-ls-columns-32.dcm", "",
                l -> NativeDicom.us(l, TagFromName.Columns, 32));
    }

    private void absurdDimensions() throws Exception {
        String ct = "pydicom/CT_small_explicitLE.dcm";
        edit("absurd", ct, "rows-columns-65535.dcm", "absurd", l -> {
            NativeDicom.us(l, TagFromName.Rows, 65535);
            NativeDicom.us(l, TagFromName.Columns, 65535);
        });
        edit("absurd", ct, "over-pixels-per-frame.dcm", "per frame", l -> {
            NativeDicom.us(l, TagFromName.Rows, 10000);
            NativeDicom.us(l, TagFromName.Columns, 10000);
        });
        edit("absurd", ct, "over-pixels-per-file.dcm", "per file", l -> is(l, TagFromName.NumberOfFrames, 200000));
        edit("absurd", ct, "frames-10-million.dcm", "absurd", l -> is(l, TagFromName.NumberOfFrames, 10_000_000));
    }

    private void notDicom() throws IOException {
        add("not-dicom", "document.pdf", ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII), "not a DICOM file");
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        Path png = target("not-dicom", "picture.png");
        ImageIO.write(img, "png", png.toFile());
        files.add(new BadFile(png, "not-dicom", "not a DICOM file"));
        Path zip = target("not-dicom", "archive.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("inside.dcm"));
            z.write(Files.readAllBytes(real.resolve("pydicom/CT_small_explicitLE.dcm")));
            z.closeEntry();
        }
        files.add(new BadFile(zip, "not-dicom", "zip archive"));
        add("not-dicom", "empty.dcm", new byte[0], "not a DICOM file");
        add("not-dicom", "five-bytes.dcm", new byte[] {1, 2, 3, 4, 5}, "not a DICOM file");
        add("not-dicom", "notes.txt", "Patient notes, not an image.\n".getBytes(StandardCharsets.US_ASCII), "not a DICOM file");
        Random random = new Random(13);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        add("not-dicom", "random.bin", noise, "");
        byte[] withPreamble = noise.clone();
        System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, withPreamble, 128, 4);
        add("not-dicom", "random-with-preamble.dcm", withPreamble, "");
    }

    private interface Edit {
        void apply(AttributeList l) throws Exception;
    }

    /** A real file with its header changed and its pixel data left as it is (never decompressed). */
    private void edit(String kind, String source, String name, String reason, Edit edit) throws Exception {
        AttributeList l = new AttributeList();
        l.setDecompressPixelData(false);
        l.read(real.resolve(source).toFile());
        String ts = Attribute.getSingleStringValueOrEmptyString(l, TagFromName.TransferSyntaxUID);
        edit.apply(l);
        Path out = target(kind, name);
        l.write(out.toFile(), ts, true, true);
        files.add(new BadFile(out, kind, reason));
    }


    private static void is(AttributeList l, AttributeTag tag, int value) throws Exception {
        Attribute a = new IntegerStringAttribute(tag);
        a.addValue(value);
        l.put(a);
    }

    private static void cs(AttributeList l, AttributeTag tag, String value) throws Exception {
        Attribute a = new CodeStringAttribute(tag);
        a.addValue(value);
        l.put(a);
    }

    private void add(String kind, String name, byte[] bytes, String reason) throws IOException {
        Path f = target(kind, name);
        Files.write(f, bytes);
        files.add(new BadFile(f, kind, reason));
    }

    private Path target(String kind, String name) throws IOException {
        return Files.createDirectories(dir.resolve(kind)).resolve(name);
    }
}
