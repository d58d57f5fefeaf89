package io.pixelscrub.testdata.large;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.content.IdentityFactory;
import io.pixelscrub.testdata.synthetic.content.PatientIdentity;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.TextKind;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Big inputs for memory and speed checks, generated one frame at a time (little heap however large the file):
 * <ul>
 *   <li>{@link #cine}: an 8-bit ultrasound-like cine whose picture moves from frame to frame under a static header bar
 *       (patient name, ID and study date, the same values as the header) and a frame counter that changes each frame;
 *   <li>{@link #largeFrame}: one 16-bit grey frame (12 bits stored) with a name and ID line in a bar at the top.
 * </ul>
 * Native, or transcoded by a dcmtk tool as {@link Encoding} says. Each comes with its ground truth (the same record
 * as the synthetic corpus's) and the header bar's box, the region a template would redact.
 */
public final class LargeImages {

    /** One generated file: its ground truth (file name relative to its folder) and the header bar's box. */
    public record Written(Path file, CaseTruth truth, Box headerBar) { }

    private static final String US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1";
    private static final String US_SINGLE = "1.2.840.10008.5.1.4.1.1.6.1";
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private LargeImages() {
    }

    /** A {@code frames}-frame {@code width} x {@code height} cine (8-bit MONOCHROME2) in {@code encoding}. */
    public static Written cine(Path out, int frames, int width, int height, Encoding encoding, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        PatientIdentity id = IdentityFactory.create(r);
        int barHeight = Math.max(24, height / 12);
        int textPx = barHeight / 2;
        Bar bar = new Bar(width, barHeight, textPx);
        List<TextTruth> texts = new ArrayList<>();
        List<Integer> all = IntStream.range(0, frames).boxed().toList();
        texts.add(bar.line(id.patient().family().toUpperCase() + ", " + id.patient().given(), "name", "PatientName", all));
        texts.add(bar.line("ID " + id.patientId(), "id", "PatientID", all));
        texts.add(bar.line(id.studyDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "date", "StudyDate", all));
        byte[] barPixels = bar.grey();

        // A speckled picture that scrolls one row a frame: every frame differs below the bar.
        byte[] picture = new byte[width * height];
        for (int i = 0; i < picture.length; i++) {
            int x = i % width;
            picture[i] = (byte) (40 + r.nextInt(60) + (int) (50 * Math.sin(x / 23.0)));
        }
        int counterHeight = Math.max(14, textPx * 3 / 4);
        int counterWidth = counterHeight * 8;
        int counterX = width - counterWidth - 4;
        int counterY = height - counterHeight - 4;
        int[] counterBounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        StreamedDicomWriter.Frames source = f -> {
            byte[] frame = new byte[width * height];
            for (int y = barHeight; y < height; y++) {
                System.arraycopy(picture, ((y + f) % height) * width, frame, y * width, width);
            }
            System.arraycopy(barPixels, 0, frame, 0, barPixels.length);
            BufferedImage counter = text(counterWidth, counterHeight, "Fr " + (f + 1) + "/" + frames, counterHeight * 3 / 4);
            byte[] c = pixelsOf(counter);
            for (int y = 0; y < counterHeight; y++) {
                for (int x = 0; x < counterWidth; x++) {
                    int v = c[y * counterWidth + x] & 0xFF;
                    if (v > 0) {
                        frame[(counterY + y) * width + counterX + x] = (byte) Math.max(v, frame[(counterY + y) * width + counterX + x] & 0xFF);
                        counterBounds[0] = Math.min(counterBounds[0], counterX + x);
                        counterBounds[1] = Math.min(counterBounds[1], counterY + y);
                        counterBounds[2] = Math.max(counterBounds[2], counterX + x);
                        counterBounds[3] = Math.max(counterBounds[3], counterY + y);
                    }
                }
            }
            return frame;
        };
        AttributeList header = header(id, "US", frames > 1 ? US_MULTIFRAME : US_SINGLE, seed, width, height, frames, 8, 8);
        try {
            NativeDicom.put(header, new DecimalStringAttribute(TagFromName.FrameTime), "33.3");
        } catch (DicomException e) {
            throw new IOException(e);
        }
        write(header, frames, (long) width * height, false, source, out, encoding);
        texts.add(new TextTruth("Fr n/" + frames, TextKind.DEVICE, "counter", null, all,
                Box.spanning(counterBounds[0], counterBounds[1], counterBounds[2], counterBounds[3]), null));
        return written(out, id, encoding, "US", height, width, frames, 8, 8, texts, bar);
    }

    /** One {@code width} x {@code height} 16-bit frame (12 bits stored, MONOCHROME2) in {@code encoding}. */
    public static Written largeFrame(Path out, int width, int height, Encoding encoding, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        PatientIdentity id = IdentityFactory.create(r);
        int barHeight = Math.max(40, height / 30);
        Bar bar = new Bar(width, barHeight, barHeight * 11 / 20);
        List<TextTruth> texts = new ArrayList<>();
        texts.add(bar.line(id.patient().family().toUpperCase() + "^" + id.patient().given().toUpperCase(), "name",
                "PatientName", List.of(0)));
        texts.add(bar.line(id.patientId(), "id", "PatientID", List.of(0)));
        byte[] barPixels = bar.grey();
        StreamedDicomWriter.Frames source = f -> {
            byte[] frame = new byte[width * height * 2];
            SplittableRandom noise = new SplittableRandom(seed + 1);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int v = y < barHeight ? (barPixels[y * width + x] & 0xFF) * 4095 / 255
                            : 600 + (int) (1500.0 * x / width) + (int) (900.0 * y / height) + noise.nextInt(200);
                    int i = (y * width + x) * 2;
                    frame[i] = (byte) v;
                    frame[i + 1] = (byte) (v >> 8);
                }
            }
            return frame;
        };
        AttributeList header = header(id, "DX", SECONDARY_CAPTURE, seed, width, height, 1, 16, 12);
        write(header, 1, (long) width * height * 2, true, source, out, encoding);
        return written(out, id, encoding, "DX", height, width, 1, 16, 12, texts, bar);
    }

    private static Written written(Path out, PatientIdentity id, Encoding encoding, String modality, int rows, int columns,
                                   int frames, int bitsAllocated, int bitsStored, List<TextTruth> texts, Bar bar) {
        CaseTruth truth = new CaseTruth(out.getFileName().toString(), CaseKind.PHI, encoding.uid, encoding.name(), false,
                "MONOCHROME2", rows, columns, frames, bitsAllocated, bitsStored, modality, "GENERATED:large", false, texts);
        return new Written(out, truth, new Box(0, 0, columns, bar.height));
    }

    private static AttributeList header(PatientIdentity id, String modality, String sopClass, long seed, int width, int height,
                                        int frames, int bitsAllocated, int bitsStored) throws IOException {
        try {
            AttributeList l = new AttributeList();
            Uids uids = new Uids(seed);
            NativeDicom.put(l, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), sopClass);
            NativeDicom.put(l, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), uids.next());
            NativeDicom.put(l, new UniqueIdentifierAttribute(TagFromName.StudyInstanceUID), uids.next());
            NativeDicom.put(l, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), uids.next());
            NativeDicom.put(l, new CodeStringAttribute(TagFromName.Modality), modality);
            NativeDicom.put(l, new PersonNameAttribute(TagFromName.PatientName), id.patient().dicom());
            NativeDicom.put(l, new LongStringAttribute(TagFromName.PatientID), id.patientId());
            NativeDicom.put(l, new DateAttribute(TagFromName.StudyDate), id.studyDate().format(DateTimeFormatter.BASIC_ISO_DATE));
            NativeDicom.put(l, new LongStringAttribute(TagFromName.Manufacturer), id.manufacturer());
            NativeDicom.us(l, TagFromName.Rows, height);
            NativeDicom.us(l, TagFromName.Columns, width);
            NativeDicom.us(l, TagFromName.SamplesPerPixel, 1);
            NativeDicom.put(l, new CodeStringAttribute(TagFromName.PhotometricInterpretation), "MONOCHROME2");
            NativeDicom.us(l, TagFromName.BitsAllocated, bitsAllocated);
            NativeDicom.us(l, TagFromName.BitsStored, bitsStored);
            NativeDicom.us(l, TagFromName.HighBit, bitsStored - 1);
            NativeDicom.us(l, TagFromName.PixelRepresentation, 0);
            if (frames > 1) {
                NativeDicom.put(l, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(frames));
            }
            return l;
        } catch (DicomException e) {
            throw new IOException("cannot build the header: " + e.getMessage(), e);
        }
    }

    /** Native straight to {@code out}; a compressed syntax through an explicit-LE temporary file and dcmtk. */
    private static void write(AttributeList header, int frames, long bytesPerFrame, boolean words,
                              StreamedDicomWriter.Frames source, Path out, Encoding encoding) throws IOException {
        if (encoding == Encoding.EXPLICIT_LE) {
            StreamedDicomWriter.write(header, frames, bytesPerFrame, words, source, out);
            return;
        }
        if (encoding.isNative() || encoding.lossy) {
            throw new IllegalArgumentException("explicit little endian or a lossless compressed syntax: " + encoding);
        }
        Path work = Files.createTempDirectory("pixelscrub-large-"); // the tool's console files go there too
        try {
            Path plain = work.resolve("plain.dcm");
            StreamedDicomWriter.write(header, frames, bytesPerFrame, words, source, plain);
            ToolRunner.run(work, encoding.transcodeCommand(plain, out.toAbsolutePath()));
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /** A black bar with white lines of text left to right; each line's ground-truth box is where its pixels went. */
    private static final class Bar {
        final int width;
        final int height;
        final int textPx;
        private final BufferedImage image;
        private int x;

        Bar(int width, int height, int textPx) {
            this.width = width;
            this.height = height;
            this.textPx = textPx;
            this.image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            this.x = textPx / 2;
        }

        TextTruth line(String text, String category, String attribute, List<Integer> frames) {
            BufferedImage alone = text(width - x, height, text, textPx);
            byte[] px = pixelsOf(alone);
            int x0 = Integer.MAX_VALUE;
            int y0 = Integer.MAX_VALUE;
            int x1 = -1;
            int y1 = -1;
            for (int y = 0; y < height; y++) {
                for (int i = 0; i < alone.getWidth(); i++) {
                    int v = px[y * alone.getWidth() + i] & 0xFF;
                    if (v > 0) {
                        x0 = Math.min(x0, i);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, i);
                        y1 = Math.max(y1, y);
                        image.getRaster().setSample(x + i, y, 0, v);
                    }
                }
            }
            if (x1 < 0 || x1 >= alone.getWidth() - 1) {
                throw new IllegalStateException("text does not fit the bar"); // cut at the edge: the truth would lie
            }
            Box box = Box.spanning(x + x0, y0, x + x1, y1);
            x += x1 + textPx;
            return new TextTruth(text, TextKind.PHI, category, attribute, frames, box, null);
        }

        byte[] grey() {
            return pixelsOf(image);
        }
    }

    /** White {@code text} on black, {@code px} pixels tall, its baseline a fifth of the height from the bottom. */
    private static BufferedImage text(int width, int height, String text, int px) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FontCatalog.font("DejaVu Sans", false, px));
            g.setColor(Color.WHITE);
            g.drawString(text, 0, height - Math.max(2, height / 5));
        } finally {
            g.dispose();
        }
        return img;
    }

    private static byte[] pixelsOf(BufferedImage img) {
        return ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }
}
