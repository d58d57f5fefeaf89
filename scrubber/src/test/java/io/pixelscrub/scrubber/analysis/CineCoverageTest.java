package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AgeStringAttribute;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.PixelTextReader;
import io.pixelscrub.detector.text.TextEngineConfig;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.background.Background;
import io.pixelscrub.testdata.synthetic.background.BackgroundKind;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import io.pixelscrub.testdata.synthetic.pixels.GlyphMask;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cines are read once (only what changed is searched again), yet PHI shown on a few frames only, or changing every
 * frame, is hidden on every frame that shows it, and nothing far from any drawn text changes. Generated 8-bit
 * ultrasound cines ({@link GeneratedCine}), and a 16-bit RLE one with faint text, scrubbed end to end with the real
 * text engines.
 */
class CineCoverageTest {

    /**
     * A redacted box may reach this far, plus the line's height, beyond the pixels a line changed: the detector's box
     * over speckle, its padding and the finding's margin (measured: 18 px beyond an 18 px name over the fan).
     */
    private static final int SLACK = 8;

    private static final GeneratedCine.Patient PATIENT =
            new GeneratedCine.Patient("Halloway^Margaret", "HX4471902", "19620314", "20241107");

    private static PixelAnalyzer analyzer;
    private static FileScrubber scrubber;

    @TempDir
    Path tmp;

    @BeforeAll
    static void engines() {
        PhiClassifier classifier = PhiClassifier.standard();
        PerThread<FrameTextReader> readers = new PerThread<>(() -> PixelTextReader.open(TextEngineConfig.defaults()));
        analyzer = new PixelAnalyzer(DetectionSettings.all(), readers, header -> {
            HeaderDenyList deny = HeaderDenyList.from(header);
            return text -> classifier.classify(text, deny);
        });
        scrubber = new FileScrubber(List.of(), analyzer, RedactionPolicy.PHI, (list, cleaned) -> { });
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    /**
     * A still picture (so most frames change only where the text does): the name appears in the header bar on frames
     * 12-14 only, another copy over the picture on frames 20-22, the clock changes every frame, the ID is on every
     * frame, and frames 30-39 are identical to frame 29.
     */
    @Test
    void transientNamesAndAClockOnAStillCineAreHiddenWhereverShown() throws Exception {
        List<GeneratedCine.Item> items = List.of(
                new GeneratedCine.Item(f -> f >= 12 && f <= 14 ? "Halloway, Margaret" : null, 8, 18, 14),
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> String.format("10:14:%02d", Math.min(f, 29)), 520, 18, 14),
                new GeneratedCine.Item(f -> f >= 20 && f <= 22 ? "Margaret Halloway" : null, 210, 260, 16));
        GeneratedCine cine = GeneratedCine.of(640, 480, 40, false, items);
        assertPhiHiddenAndNothingElse(cine, List.of(0, 1, 2, 3));
    }

    /** The fan changes every frame (every frame is searched whole): a name over it on frames 5-6 only is hidden there. */
    @Test
    void aNameOverALiveFanOnTwoFramesIsHidden() throws Exception {
        List<GeneratedCine.Item> items = List.of(
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> f == 5 || f == 6 ? "Halloway, Margaret" : null, 230, 300, 18));
        GeneratedCine cine = GeneratedCine.of(640, 480, 10, true, items);
        assertPhiHiddenAndNothingElse(cine, List.of(0, 1));
    }

    /**
     * A longer live cine, where the fan is watched rather than searched on every frame ({@code LiveTiles}): over the
     * fan, a name shown on frames 30-31 only, another from frame 20 to the end, a device label from frame 10; in the
     * header bar, a clock that changes every frame and an ID on every frame. Each name is hidden on every frame that
     * shows it, and nothing far from drawn text changes.
     */
    @Test
    void namesAppearingOverAWatchedLiveFanAreHiddenWhereverShown() throws Exception {
        List<GeneratedCine.Item> items = List.of(
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> String.format("10:14:%02d", f % 60), 520, 18, 14),
                new GeneratedCine.Item(f -> f == 30 || f == 31 ? "Halloway, Margaret" : null, 230, 300, 18),
                new GeneratedCine.Item(f -> f >= 20 ? "M. Halloway" : null, 250, 380, 16),
                new GeneratedCine.Item(f -> f >= 10 ? "LIVER" : null, 300, 150, 14));
        GeneratedCine cine = GeneratedCine.of(640, 480, 48, true, items, 31L);
        // Not asserted here: that nothing is redacted away from drawn text. Over 48 frames of speckle the detector
        // boxes a blob or two whichever way the frames are searched (a detection-quality matter, measured elsewhere).
        assertPhiHidden(cine, List.of(0, 1, 2, 3), false);
    }

    /**
     * Faint text over a live fan in a 16-bit RLE cine: a 16 px {@code 19Y M} drawn the way the synthetic generator draws
     * its low-contrast grey (a third of the way up the window, over speckle as bright, redrawn every frame), which no
     * window shows. It is gone from every frame, and no pixel changes away from it.
     */
    @Test
    void faintTextOverALiveFanInA16BitRleCineIsGoneFromEveryFrame() throws Exception {
        RequiredTools.onPath("writing the RLE cine and decoding the output", "dcmtk", "dcmcrle");
        RequiredTools.referenceDecoders();
        PixelFormat format = PixelFormat.MONO2_16;
        Background fan = BackgroundKind.ULTRASOUND_SECTOR.generated(FAN_WIDTH, FAN_HEIGHT, 11);
        GlyphMask mask = GlyphMask.render("19Y M", FontCatalog.font("DejaVu Sans Mono", false, 16), true);
        int textValue = format.colour(SceneColour.LOW_GREY);
        int x0 = 280;
        int y0 = 250;
        short[] pixels = new short[FAN_WIDTH * FAN_HEIGHT * FAN_FRAMES];
        Box truth = null;
        for (int f = 0; f < FAN_FRAMES; f++) {
            float[] grey = fan.frame(f).grey();
            for (int i = 0; i < FAN_WIDTH * FAN_HEIGHT; i++) {
                pixels[f * FAN_WIDTH * FAN_HEIGHT + i] = (short) format.background(grey[i], 0, 0, 0);
            }
            for (int my = 0; my < mask.height(); my++) {
                for (int mx = 0; mx < mask.width(); mx++) {
                    int i = f * FAN_WIDTH * FAN_HEIGHT + (y0 + my) * FAN_WIDTH + x0 + mx;
                    int under = pixels[i];
                    int over = format.blend(under, textValue, mask.alphaAt(mx, my));
                    if (over != under) {
                        pixels[i] = (short) over;
                        Box px = new Box(x0 + mx, y0 + my, 1, 1);
                        truth = truth == null ? px : truth.union(px);
                    }
                }
            }
        }
        Path nativeFile = tmp.resolve("native.dcm");
        Path in = tmp.resolve("rle.dcm");
        Path out = tmp.resolve("out.dcm");
        writeFan16Bit(pixels, nativeFile);
        ToolRunner.run(tmp, List.of("dcmcrle", nativeFile.toString(), in.toString()));

        FileOutcome outcome = scrubber.scrub(in, out);
        assertEquals(FAN_FRAMES, outcome.frames());
        Box near = truth.grow(SLACK + truth.height());
        for (var r : outcome.redacted()) {
            assertTrue(near.contains(r.box()), "redacted " + r.box() + " away from the text at " + truth);
        }
        ReferenceImage before = ReferenceDecoder.decode(in);
        ReferenceImage after = ReferenceDecoder.decode(out);
        for (int f = 0; f < FAN_FRAMES; f++) {
            int frame = f;
            List<Box> redacted = outcome.redacted().stream().filter(r -> r.appliesTo(frame)).map(r -> r.box()).toList();
            for (int y = truth.y(); y < truth.bottom(); y++) {
                for (int x = truth.x(); x < truth.right(); x++) {
                    assertEquals(0, after.sample(f, y, x, 0), "frame " + f + ": text pixel (" + x + "," + y + ") kept");
                }
            }
            for (int y = 0; y < FAN_HEIGHT; y++) {
                for (int x = 0; x < FAN_WIDTH; x++) {
                    if (after.sample(f, y, x, 0) != before.sample(f, y, x, 0)) {
                        int px = x, py = y;
                        assertTrue(redacted.stream().anyMatch(b -> b.contains(px, py)),
                                "frame " + f + ": pixel (" + x + "," + y + ") changed outside the redacted regions");
                    }
                }
            }
        }
    }

    private static final int FAN_WIDTH = 640;
    private static final int FAN_HEIGHT = 480;
    private static final int FAN_FRAMES = 4;

    /** A 16-bit MONOCHROME2 ultrasound cine, 12 bits stored, the generator's window (0..2800), explicit VR LE. */
    private static void writeFan16Bit(short[] pixels, Path out) throws Exception {
        AttributeList list = new AttributeList();
        NativeDicom.secondaryCapture(list, new Uids(11), "US");
        NativeDicom.put(list, new PersonNameAttribute(TagFromName.PatientName), "Halloway^Margaret");
        NativeDicom.put(list, new LongStringAttribute(TagFromName.PatientID), "HX4471902");
        NativeDicom.put(list, new AgeStringAttribute(TagFromName.PatientAge), "019Y");
        NativeDicom.put(list, new CodeStringAttribute(TagFromName.PatientSex), "M");
        NativeDicom.put(list, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(FAN_FRAMES));
        NativeDicom.us(list, TagFromName.Rows, FAN_HEIGHT);
        NativeDicom.us(list, TagFromName.Columns, FAN_WIDTH);
        NativeDicom.us(list, TagFromName.SamplesPerPixel, 1);
        NativeDicom.put(list, new CodeStringAttribute(TagFromName.PhotometricInterpretation), "MONOCHROME2");
        NativeDicom.us(list, TagFromName.BitsAllocated, 16);
        NativeDicom.us(list, TagFromName.BitsStored, 12);
        NativeDicom.us(list, TagFromName.HighBit, 11);
        NativeDicom.us(list, TagFromName.PixelRepresentation, 0);
        NativeDicom.put(list, new DecimalStringAttribute(TagFromName.WindowCenter), "1400");
        NativeDicom.put(list, new DecimalStringAttribute(TagFromName.WindowWidth), "2800");
        Attribute data = new OtherWordAttribute(TagFromName.PixelData);
        data.setValues(pixels);
        list.put(data);
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PIXSCRUBTEST");
        list.write(out.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    private void assertPhiHiddenAndNothingElse(GeneratedCine cine, List<Integer> phiItems) throws Exception {
        assertPhiHidden(cine, phiItems, true);
    }

    /**
     * Every PHI item is blacked out on every frame that shows it, and no pixel changed outside the redacted regions;
     * with {@code nearTextOnly}, every redacted region is also near some drawn text.
     */
    private void assertPhiHidden(GeneratedCine cine, List<Integer> phiItems, boolean nearTextOnly) throws Exception {
        Path in = tmp.resolve("cine.dcm");
        Path out = tmp.resolve("out.dcm");
        cine.write(in, PATIENT);
        FileOutcome outcome = scrubber.scrub(in, out);
        assertEquals(cine.frames(), outcome.frames());
        List<Box> near = new ArrayList<>();
        cine.allTruth().forEach(b -> near.add(b.grow(SLACK + b.height())));
        for (var f : outcome.redacted()) {
            assertTrue(!nearTextOnly || near.stream().anyMatch(b -> b.contains(f.box())),
                    "redacted " + f.box() + " is far from any drawn text");
        }
        try (DicomInput result = DicomFileReader.open(out); FrameSource frames = Codecs.decoder(result)) {
            assertEquals(cine.frames(), frames.frameCount());
            for (int f = 0; f < cine.frames(); f++) {
                byte[] pixels = frames.frame(f);
                int frame = f;
                List<Box> redacted = outcome.redacted().stream().filter(r -> r.appliesTo(frame)).map(r -> r.box()).toList();
                for (int item : phiItems) {
                    Box truth = cine.truth(f, item);
                    if (truth == null) {
                        continue;
                    }
                    int shown = 0;
                    for (int y = truth.y(); y < truth.bottom(); y++) {
                        for (int x = truth.x(); x < truth.right(); x++) {
                            shown += (pixels[y * cine.width() + x] & 0xFF) != 0 ? 1 : 0;
                        }
                    }
                    assertEquals(0, shown, "frame " + f + ", PHI item " + item + " at " + truth + ": pixels not blacked out");
                }
                for (int y = 0; y < cine.height(); y++) {
                    for (int x = 0; x < cine.width(); x++) {
                        if ((pixels[y * cine.width() + x] & 0xFF) != cine.pixel(f, x, y)) {
                            int px = x, py = y;
                            assertTrue(redacted.stream().anyMatch(b -> b.contains(px, py)),
                                    "frame " + f + ": pixel (" + x + "," + y + ") changed outside the redacted regions");
                        }
                    }
                }
            }
        }
    }
}
