package io.pixelscrub.cli.induce;

import static io.pixelscrub.testdata.synthetic.dicom.NativeDicom.put;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Generated collections of invented devices, each with a fixed screen layout: patient fields (name, ID, date) at the
 * same places on every image, device labels that never change, over a body-like picture. The truth of every drawn
 * line is its pixel box, taken from what the drawing touched.
 */
public final class DeviceCollection {

    /** PHI: patient data (also when the classifier cannot tell, like a weight); DEVICE: fixed labels; COUNTER: device text that changes from image to image (frame counter). */
    public enum Kind { PHI, DEVICE, COUNTER }

    /** One drawn line and the pixels it touched. */
    public record Line(String text, Kind kind, Box box) { }

    /** One written image. */
    public record Image(Path file, String device, String patientId, List<Line> lines) { }

    /** A patient's values, as the header holds them. */
    public record Patient(String name, String id, String date) {
        String displayName() {
            return name.replace('^', ' ');
        }

        /** A patient-specific value the header does not hold and the classifier takes for a setting ("72 kg"). */
        String weight() {
            return (45 + Integer.parseInt(id) % 60) + " kg";
        }
    }

    /** Where a device writes what, and in which font; the text from the patient and the image's seed. */
    public record Field(int x, int baseline, boolean rightAligned, Kind kind, BiFunction<Patient, Long, String> text) {
        Field(int x, int baseline, boolean rightAligned, Kind kind, Function<Patient, String> text) {
            this(x, baseline, rightAligned, kind, (p, seed) -> text.apply(p));
        }
    }

    public record Device(String manufacturer, String model, String modality, int width, int height, boolean colour,
                  String font, int size, List<Field> fields) {
        String label() {
            return manufacturer + " " + model;
        }
    }

    public static final List<Device> DEVICES = List.of(
            new Device("ACME", "Sono 3", "US", 640, 480, false, "DejaVu Sans", 14, List.of(
                    new Field(10, 22, false, Kind.PHI, Patient::displayName),
                    new Field(10, 42, false, Kind.PHI, p -> "ID: " + p.id()),
                    new Field(630, 22, true, Kind.PHI, Patient::date),
                    new Field(630, 470, true, Kind.DEVICE, p -> "ACME S3"),
                    new Field(10, 470, false, Kind.DEVICE, p -> "C5-2 Abd Gen"))),
            new Device("Globex", "Echo 7", "US", 800, 600, true, "Liberation Sans", 16, List.of(
                    new Field(790, 24, true, Kind.PHI, Patient::displayName),
                    new Field(790, 48, true, Kind.PHI, Patient::id),
                    new Field(12, 585, false, Kind.PHI, Patient::date),
                    new Field(12, 24, false, Kind.DEVICE, p -> "GLOBEX Echo 7"),
                    new Field(12, 48, false, Kind.DEVICE, p -> "Cardiac Adult"))),
            new Device("Initech", "Cath 2", "XA", 512, 512, false, "DejaVu Sans Mono", 12, List.of(
                    new Field(8, 500, false, Kind.PHI, Patient::displayName),
                    new Field(504, 500, true, Kind.PHI, p -> p.date() + " " + p.id()),
                    new Field(8, 16, false, Kind.DEVICE, p -> "LAO 30 CRA 15"))),
            // Same size and picture as ACME's, another layout; a patient's weight (no header value, a "setting" to the
            // classifier) and a frame counter that changes from image to image.
            new Device("Hooli", "Sono 9", "US", 640, 480, false, "Liberation Sans", 14, List.of(
                    new Field(200, 22, false, Kind.PHI, Patient::displayName),
                    new Field(10, 44, false, Kind.PHI, Patient::weight),
                    new Field(630, 22, true, Kind.COUNTER, (p, seed) -> "Frame " + (1 + Math.floorMod(seed * 7919, 60))),
                    new Field(630, 470, true, Kind.PHI, Patient::date),
                    new Field(10, 470, false, Kind.DEVICE, p -> "HOOLI S9"))),
            new Device("Umbrella", "Tiny", "US", 640, 480, false, "Noto Mono", 14, List.of(
                    new Field(10, 22, false, Kind.PHI, Patient::displayName),
                    new Field(630, 470, true, Kind.DEVICE, p -> "UMB TINY"))));

    private static final String[] GIVEN = {"ANNA", "JOHN", "MARIA", "LI", "OLUWASEUN", "PETER", "SARA", "KIM", "JOSE", "EVA"};
    private static final String[] FAMILY = {"SMITH", "NGUYEN", "RODRIGUEZ", "OKAFOR", "BERG", "WOJCIECHOWSKI", "ROSSI",
        "TANAKA", "OH", "MUELLER"};

    private DeviceCollection() {
    }

    public static Patient patient(SplittableRandom r) {
        String name = FAMILY[r.nextInt(FAMILY.length)] + "^" + GIVEN[r.nextInt(GIVEN.length)];
        String id = Integer.toString(1_000_000 + r.nextInt(9_000_000));
        String date = String.format("%04d-%02d-%02d", 2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Patient(name, id, date);
    }

    /** Writes one image of {@code device} for {@code patient} into {@code dir}. */
    public static Image write(Device device, Patient patient, int index, long seed, Path dir) throws IOException {
        BufferedImage img = new BufferedImage(device.width(), device.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        SplittableRandom r = new SplittableRandom(seed);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, device.width(), device.height());
        int grey = 70 + r.nextInt(60);
        g.setColor(new Color(grey, grey, grey));
        g.fillOval(device.width() / 6, device.height() / 6, device.width() * 2 / 3, device.height() * 2 / 3);
        g.setColor(new Color(grey + 40, grey + 40, grey + 40));
        g.fillOval(device.width() / 3 + r.nextInt(40), device.height() / 3 + r.nextInt(40), device.width() / 5, device.height() / 6);
        g.dispose();
        List<Line> lines = new ArrayList<>();
        Font font = FontCatalog.font(device.font(), Font.PLAIN, device.size());
        for (Field f : device.fields()) {
            String text = f.text().apply(patient, seed);
            lines.add(new Line(text, f.kind(), draw(img, font, text, f)));
        }
        String name = device.model().replace(" ", "_") + "_" + Long.toHexString(seed) + "_" + index + ".dcm";
        Path file = dir.resolve(name);
        writeDicom(device, patient, img, seed, file);
        return new Image(file, device.label(), patient.id(), lines);
    }

    /** Draws {@code text}, light on dark, and returns the box of every pixel it touched. */
    private static Box draw(BufferedImage img, Font font, String text, Field f) {
        BufferedImage mask = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        int width = mask.createGraphics().getFontMetrics(font).stringWidth(text);
        int x = f.rightAligned() ? f.x() - width : f.x();
        for (BufferedImage target : new BufferedImage[] {img, mask}) {
            Graphics2D g = target.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(target == mask ? Color.WHITE : new Color(235, 235, 235));
            g.drawString(text, x, f.baseline());
            g.dispose();
        }
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int px = 0; px < mask.getWidth(); px++) {
                if ((mask.getRaster().getSample(px, y, 0)) != 0) {
                    x0 = Math.min(x0, px);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, px);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }

    private static void writeDicom(Device device, Patient patient, BufferedImage img, long seed, Path out) throws IOException {
        Uids uids = new Uids(seed ^ 0x5DEECE66DL);
        AttributeList list = new AttributeList();
        try {
            NativeDicom.secondaryCapture(list, uids, device.modality());
            put(list, new LongStringAttribute(TagFromName.Manufacturer), device.manufacturer());
            put(list, new LongStringAttribute(TagFromName.ManufacturerModelName), device.model());
            put(list, new PersonNameAttribute(TagFromName.PatientName), patient.name());
            put(list, new LongStringAttribute(TagFromName.PatientID), patient.id());
        } catch (DicomException e) {
            throw new IOException("cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
        int spp = device.colour() ? 3 : 1;
        byte[] pixels = new byte[device.width() * device.height() * spp];
        for (int y = 0; y < device.height(); y++) {
            for (int x = 0; x < device.width(); x++) {
                int rgb = img.getRGB(x, y);
                int i = (y * device.width() + x) * spp;
                for (int s = 0; s < spp; s++) {
                    pixels[i + s] = (byte) (rgb >> (8 * (spp - 1 - s)));
                }
            }
        }
        NativeDicom.write8Bit(list, device.height(), device.width(), device.colour() ? "RGB" : "MONOCHROME2", pixels, out);
    }
}
