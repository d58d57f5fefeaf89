package io.pixelscrub.cli;

import static io.pixelscrub.testdata.synthetic.dicom.NativeDicom.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.ShortTextAttribute;
import com.pixelmed.dicom.SignedShortAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No PHI leaks: a small corpus whose PHI holds unique markers ({@code ZQXMARKnn}) in the header (names, IDs,
 * institution, physicians, addresses, descriptions; dates as unique values), in private attributes, in burned-in pixel
 * text (big enough for OCR), in an overlay plane and in file names. {@code scrub --report --log} (no
 * {@code --report-text}) then {@code review} (no {@code --with-originals}); every byte written or printed is searched
 * for the markers: console, log, report, thumbnails, released headers, review site, audit store (which holds
 * HMAC-keyed rows only, no originals without {@code --keep-originals}), quarantine, and the JVM's temp folder. The
 * scrubbed DICOM files are left out, except their pixels and overlays, and the PNG thumbnails, which must not OCR to
 * a marker (the same OCR reads the pixel markers in the inputs, so it can). File names are paths: the report, review
 * site and audit trail name the files they describe, so a marker in a file name is counted where it appears, not
 * failed; thumbnails and header files are named by hashes, never by the file name.
 */
class NoPhiLeakTest {

    private static final String KEY = "no-phi-leak-key-0123456789";

    @TempDir
    Path tmp;

    /** One image: its header markers, pixel markers (also drawn), overlay marker and file-name marker. */
    private record Case(String fileName, List<String> headerMarkers, List<String> dates, List<String> pixelLines,
                        List<String> pixelMarkers, String overlayMarker) { }

    @Test
    void noMarkerReachesAnythingWrittenOrPrinted() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(write(in, i));
        }
        Set<String> markers = new TreeSet<>();
        Set<String> fileMarkers = new TreeSet<>();
        Set<String> pixelMarkers = new TreeSet<>();
        for (Case c : cases) {
            markers.addAll(c.headerMarkers());
            markers.addAll(c.pixelMarkers());
            markers.add(c.overlayMarker());
            for (String d : c.dates()) {
                markers.addAll(dateForms(d));
            }
            pixelMarkers.addAll(c.pixelMarkers());
            fileMarkers.add(c.fileName().substring(0, c.fileName().indexOf('_')));
        }

        long started = System.currentTimeMillis();
        Set<String> tmpBefore = listing(Path.of(System.getProperty("java.io.tmpdir")));
        Path out = tmp.resolve("out");
        Path report = tmp.resolve("report/scrub.json");
        Path log = tmp.resolve("library.log");
        CliRun scrub = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(), "--log",
                log.toString(), "--key", KEY, "--threads", "2");
        assertEquals(0, scrub.code(), scrub.err());
        CliRun review = CliRun.of("review", report.toString(), "-o", tmp.resolve("site").toString());
        assertEquals(0, review.code(), review.err());

        // Everything written beside the inputs and outputs, and every new file in the JVM's temp folder.
        List<Path> written = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tmp)) {
            s.filter(Files::isRegularFile).filter(p -> !p.startsWith(in) && !p.startsWith(out)).forEach(written::add);
        }
        Path sysTmp = Path.of(System.getProperty("java.io.tmpdir"));
        for (String p : listing(sysTmp)) {
            // New files only (other processes share the folder); native libraries unpacked there are not data.
            if (!tmpBefore.contains(p) && !Path.of(p).startsWith(tmp) && Files.isRegularFile(Path.of(p))
                    && Files.isReadable(Path.of(p))
                    && !p.matches(".*\\.(so|jar|class|dll)(\\.[0-9.]+)?$") && Files.size(Path.of(p)) < 2 << 20
                    && Files.getLastModifiedTime(Path.of(p)).toMillis() >= started - 2000) {
                written.add(Path.of(p));
            }
        }
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith(".png")), "thumbnails were written");
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith("audit.sqlite")), "the audit store was written");
        assertTrue(written.stream().anyMatch(p -> p.startsWith(tmp.resolve("site"))), "the review site was written");

        List<String> leaks = new ArrayList<>();
        Set<String> fileNameHits = new TreeSet<>();
        search("console (stdout)", scrub.out() + review.out(), markers, fileMarkers, leaks, fileNameHits);
        search("console (stderr)", scrub.err() + review.err(), markers, fileMarkers, leaks, fileNameHits);
        for (Path p : written) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (java.nio.file.NoSuchFileException gone) {
                continue;   // SQLite's -wal or -shm file, removed when the store was closed
            } catch (java.io.IOException unreadable) {
                if (p.startsWith(tmp)) {
                    throw unreadable;
                }
                continue;   // another user's file in the shared temp folder: not ours
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            search(p.toString(), text + "\n" + p.getFileName(), markers, fileMarkers, leaks, fileNameHits);
            String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
            search(p + " (UTF-16)", utf16, markers, fileMarkers, leaks, new ArrayList<>());
        }
        // Thumbnails and header files are named by hashes, never by the file name.
        for (Path p : written) {
            for (String m : fileMarkers) {
                assertTrue(!p.getFileName().toString().contains(m), "file name marker in the name of " + p);
            }
        }

        // Pixels: the same OCR reads the markers in the inputs, and none in the outputs or thumbnails.
        try (PageOcr ocr = new PageOcr()) {
            String inputText = "";
            for (Case c : cases) {
                inputText += ocr.read(pixels(in.resolve(c.fileName()))) + "\n" + ocr.read(overlay(in.resolve(c.fileName()))) + "\n";
            }
            int readInInputs = 0;
            for (String m : pixelMarkers) {
                readInInputs += inputText.contains(m) ? 1 : 0;
            }
            assertTrue(readInInputs >= pixelMarkers.size() - 1, "OCR reads the burned-in markers of the inputs: " + inputText);
            for (Case c : cases) {
                Path o = out.resolve(c.fileName());
                assertTrue(Files.isRegularFile(o), o + " written");
                search("OCR of " + o + " pixels", ocr.read(pixels(o)), markers, fileMarkers, leaks, new ArrayList<>());
                BufferedImage ov = overlay(o);
                if (ov != null) {
                    search("OCR of " + o + " overlay", ocr.read(ov), markers, fileMarkers, leaks, new ArrayList<>());
                }
            }
            for (Path p : written) {
                if (p.toString().endsWith(".png")) {
                    search("OCR of " + p, ocr.read(ImageIO.read(p.toFile())), markers, fileMarkers, leaks, new ArrayList<>());
                }
            }
        }
        System.out.printf(Locale.ROOT, "NoPhiLeakTest: %d markers (%d header, private, overlay and pixel values and date forms, %d of them burned in,"
                + " %d file names) searched in %d files, the console and OCR of %d outputs; leaks: %d; file-name marker"
                + " found in: %s%n", markers.size() + fileMarkers.size(), markers.size(), pixelMarkers.size(),
                fileMarkers.size(), written.size(), cases.size(), leaks.size(), fileNameHits);
        assertEquals(List.of(), leaks, "markers found");
    }

    private static void search(String where, String text, Set<String> markers, Set<String> fileMarkers, List<String> leaks,
                               java.util.Collection<String> fileNameHits) {
        if (text == null) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String m : markers) {
            if (upper.contains(m)) {
                leaks.add(m + " in " + where);
            }
        }
        for (String m : fileMarkers) {
            if (upper.contains(m)) {
                fileNameHits.add(where.replaceAll(".*/", ""));
            }
        }
    }

    private static Set<String> listing(Path dir) throws Exception {
        Set<String> s = new LinkedHashSet<>();
        try (Stream<Path> w = Files.walk(dir, 3)) {
            w.forEach(p -> s.add(p.toString()));
        } catch (java.io.UncheckedIOException e) {
            // a folder of another process went away while listed
        }
        return s;
    }

    /** The forms a date could be printed in. */
    private static List<String> dateForms(String yyyymmdd) {
        String y = yyyymmdd.substring(0, 4), m = yyyymmdd.substring(4, 6), d = yyyymmdd.substring(6);
        return List.of(yyyymmdd, y + "-" + m + "-" + d, y + "/" + m + "/" + d, y + "." + m + "." + d, d + "." + m + "." + y,
                d + "/" + m + "/" + y, m + "/" + d + "/" + y, d + "-" + m + "-" + y);
    }

    private static String marker(int n) {
        return String.format(Locale.ROOT, "ZQXMARK%02d", n);
    }

    private static Case write(Path dir, int i) throws Exception {
        int b = 30 * i;
        String family = marker(b + 1), given = marker(b + 2), id = marker(b + 3);
        String birth = String.format(Locale.ROOT, "19%02d%02d%02d", 31 + i, 3 + i, 11 + i);
        String study = String.format(Locale.ROOT, "20%02d%02d%02d", 11 + i, 5 + i, 17 + i);
        List<String> header = new ArrayList<>(List.of(family, given, id));
        AttributeList list = new AttributeList();
        NativeDicom.secondaryCapture(list, new Uids(4242 + i), "OT");
        put(list, new PersonNameAttribute(TagFromName.PatientName), family + "^" + given);
        put(list, new LongStringAttribute(TagFromName.PatientID), id);
        put(list, new DateAttribute(TagFromName.PatientBirthDate), birth);
        put(list, new DateAttribute(TagFromName.StudyDate), study);
        put(list, new DateAttribute(TagFromName.SeriesDate), study);
        put(list, new DateAttribute(TagFromName.ContentDate), study);
        String[][] more = {
            {"InstitutionName", marker(b + 4)}, {"ReferringPhysicianName", marker(b + 5) + "^DOC"},
            {"PerformingPhysicianName", marker(b + 6)}, {"OperatorsName", marker(b + 7)},
            {"AccessionNumber", marker(b + 8)}, {"StudyDescription", marker(b + 9) + " STUDY"},
            {"InstitutionAddress", marker(b + 10) + " STREET"}, {"StationName", marker(b + 11)},
            {"ImageComments", marker(b + 12) + " COMMENT"}, {"StudyID", marker(b + 13)},
            {"OtherPatientIDs", marker(b + 14)}, {"PatientAddress", marker(b + 15) + " ROAD"},
            {"SeriesDescription", marker(b + 16) + " SERIES"}, {"DeviceSerialNumber", marker(b + 17)},
        };
        for (String[] kv : more) {
            AttributeTag tag = list.getDictionary().getTagFromName(kv[0]);
            String vr = new String(list.getDictionary().getValueRepresentationFromTag(tag), StandardCharsets.US_ASCII);
            Attribute a = switch (vr) {
                case "PN" -> new PersonNameAttribute(tag);
                case "SH" -> new ShortStringAttribute(tag);
                case "ST" -> new ShortTextAttribute(tag);
                case "LT" -> new com.pixelmed.dicom.LongTextAttribute(tag);
                default -> new LongStringAttribute(tag);
            };
            put(list, a, kv[1]);
            header.add(kv[1].split("[ ^]")[0]);
        }
        // Private attributes: a creator and two values.
        put(list, new LongStringAttribute(new AttributeTag(0x0009, 0x0010)), "ZQXCREATOR" + i);
        put(list, new LongStringAttribute(new AttributeTag(0x0009, 0x1001)), marker(b + 18));
        put(list, new ShortTextAttribute(new AttributeTag(0x0009, 0x1002)), marker(b + 19) + " PRIVATE NOTE");
        header.add(marker(b + 18));
        header.add(marker(b + 19));
        header.add("ZQXCREATOR" + i);

        // Burned-in text: the name, the ID, the birth date (as it would be displayed) and a marker not in the header.
        int w = 640, h = 480;
        String free = marker(b + 20);
        List<String> lines = List.of(family + " " + given, "ID " + id, "DOB " + birth.substring(0, 4) + "-"
                + birth.substring(4, 6) + "-" + birth.substring(6), free);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 20));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(90, 90, 90));
        g.fillOval(160, 120, 320, 260);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FontCatalog.font("DejaVu Sans Mono", Font.PLAIN, 22));
        g.setColor(new Color(240, 240, 240));
        g.drawString(lines.get(0), 12, 30);
        g.drawString(lines.get(1), 12, 60);
        g.drawString(lines.get(2), 380, 30);
        g.drawString(lines.get(3), 12, 460);
        g.dispose();
        byte[] pixels = new byte[w * h];
        img.getRaster().getDataElements(0, 0, w, h, pixels);

        // An overlay plane with one more marker, drawn as text.
        String overlayMarker = marker(b + 21);
        BufferedImage ov = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D og = ov.createGraphics();
        og.setFont(FontCatalog.font("DejaVu Sans Mono", Font.PLAIN, 26));
        og.setColor(Color.WHITE);
        og.drawString(overlayMarker, 300, 440);
        og.dispose();
        short[] words = new short[(w * h + 15) / 16];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ov.getRaster().getSample(x, y, 0) > 127) {
                    int bit = y * w + x;
                    words[bit / 16] |= (short) (1 << (bit % 16));
                }
            }
        }
        NativeDicom.us(list, new AttributeTag(0x6000, 0x0010), h);
        NativeDicom.us(list, new AttributeTag(0x6000, 0x0011), w);
        put(list, new CodeStringAttribute(new AttributeTag(0x6000, 0x0040)), "G");
        Attribute origin = new SignedShortAttribute(new AttributeTag(0x6000, 0x0050));
        origin.addValue(1);
        origin.addValue(1);
        list.put(origin);
        NativeDicom.us(list, new AttributeTag(0x6000, 0x0100), 1);
        NativeDicom.us(list, new AttributeTag(0x6000, 0x0102), 0);
        Attribute data = new OtherWordAttribute(new AttributeTag(0x6000, 0x3000));
        data.setValues(words);
        list.put(data);

        String fileName = marker(b + 22) + "_image.dcm";
        NativeDicom.write8Bit(list, h, w, "MONOCHROME2", pixels, dir.resolve(fileName));
        return new Case(fileName, header, List.of(birth, study), lines, List.of(family, given, id, free), overlayMarker);
    }

    /** The first frame of an 8-bit grey native file. */
    private static BufferedImage pixels(Path file) throws Exception {
        AttributeList list = new AttributeList();
        list.read(file.toString());
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        byte[] px = list.get(TagFromName.PixelData).getByteValues();
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, cols, rows, java.util.Arrays.copyOf(px, rows * cols));
        return img;
    }

    /** The overlay plane in group 6000 as an image, or null when there is none. */
    private static BufferedImage overlay(Path file) throws Exception {
        AttributeList list = new AttributeList();
        list.read(file.toString());
        Attribute data = list.get(new AttributeTag(0x6000, 0x3000));
        int rows = Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(0x6000, 0x0010), 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(0x6000, 0x0011), 0);
        if (data == null || rows == 0 || cols == 0) {
            return null;
        }
        short[] words = data.getShortValues();
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
        for (int bit = 0; bit < rows * cols && bit / 16 < words.length; bit++) {
            if ((words[bit / 16] >> (bit % 16) & 1) != 0) {
                img.getRaster().setSample(bit % cols, bit / cols, 0, 255);
            }
        }
        return img;
    }

    /** Full-page Tesseract (sparse text), dark text on light: what a person reading the image could read. */
    private static final class PageOcr implements AutoCloseable {
        private final ITessAPI.TessBaseAPI handle = TessAPI1.TessBaseAPICreate();

        PageOcr() {
            String tessdata = io.pixelscrub.detector.text.Tessdata.find("eng").orElseThrow().toString();
            assertEquals(0, TessAPI1.TessBaseAPIInit3(handle, tessdata, "eng"));
            TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT);
            TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        }

        String read(BufferedImage image) {
            if (image == null) {
                return "";
            }
            int w = image.getWidth(), h = image.getHeight();
            long sum = 0;
            byte[] grey = new byte[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = image.getRGB(x, y);
                    int v = (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
                    grey[y * w + x] = (byte) v;
                    sum += v;
                }
            }
            if (sum / Math.max(1, (long) w * h) < 128) {
                for (int i = 0; i < grey.length; i++) {
                    grey[i] = (byte) (255 - (grey[i] & 255));
                }
            }
            ByteBuffer buf = ByteBuffer.allocateDirect(grey.length);
            buf.put(grey).flip();
            TessAPI1.TessBaseAPISetImage(handle, buf, w, h, 1, w);
            TessAPI1.TessBaseAPISetSourceResolution(handle, 300);
            com.sun.jna.Pointer utf8 = TessAPI1.TessBaseAPIGetUTF8Text(handle);
            try {
                return utf8 == null ? "" : fold(utf8.getString(0, "UTF-8").replace(" ", ""));
            } finally {
                if (utf8 != null) {
                    TessAPI1.TessDeleteText(utf8);
                }
                TessAPI1.TessBaseAPIClear(handle);
            }
        }

        /** OCR's usual confusions in a marker's two digits (O for 0, I or l for 1, ...), undone. */
        private static String fold(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("ZQXMARK([0-9OoDIlSsBZ]{2})").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String d = m.group(1).replaceAll("[OoD]", "0").replaceAll("[Il]", "1").replaceAll("[Ss]", "5")
                        .replace('B', '8').replace('Z', '2');
                m.appendReplacement(sb, "ZQXMARK" + d);
            }
            m.appendTail(sb);
            return sb.toString();
        }

        @Override
        public void close() {
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
        }
    }
}
