package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.output.DicomFileWriter;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lossless re-encoding with dcmtk's command-line encoders (RLE, JPEG-LS, JPEG lossless). The tool sees a minimal
 * dataset (pixel module and dummy UIDs, no patient data); only its encapsulated pixel data is kept, so the tool
 * never decides anything about the real header. For JPEG-LS it is the fallback where libcharls cannot be loaded
 * ({@link CharLsCodec} is the in-process path).
 */
final class DcmtkEncoder implements FrameEncoder {
    private final String targetTs;
    private final String sopClassUid;

    DcmtkEncoder(String targetTs, String sopClassUid) {
        this.targetTs = targetTs;
        this.sopClassUid = sopClassUid;
    }

    static boolean supports(String ts) {
        return switch (ts) {
            case TransferSyntaxes.RLE, TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_LOSSLESS,
                 TransferSyntaxes.JPEG_LOSSLESS_SV1 -> true;
            default -> false;
        };
    }

    @Override
    public EncodedPixels encode(FrameSource frames, FrameTransform transform) throws IOException, InvalidDicomException {
        List<Path> temps = new ArrayList<>();
        try (EncodedPixels plain = new NativeEncoder(TransferSyntaxes.EXPLICIT_LE, false,
                frames.module().bitsAllocated() > 8 ? "OW" : "OB").encode(frames, transform)) {
            Path in = PrivateTemp.file("pixelscrub-enc-in-", ".dcm");
            temps.add(in);
            Path out = PrivateTemp.file("pixelscrub-enc-out-", ".dcm");
            temps.add(out);
            DicomFileWriter.write(minimalHeader(frames.module(), sopClassUid), TransferSyntaxes.EXPLICIT_LE, plain.payload(), in);
            ExternalTool.run(tool(targetTs), arguments(targetTs, in, out));
            DicomInput encoded = DicomFileReader.open(out);
            encoded.close();
            if (!encoded.hasPixelData() || !encoded.location().encapsulated() || !targetTs.equals(encoded.transferSyntax())) {
                throw new InvalidDicomException(tool(targetTs) + " did not produce " + TransferSyntaxes.name(targetTs));
            }
            PixelModule module = encoded.module().orElseThrow();
            PixelModule expected = frames.module();
            if (module.rows() != expected.rows() || module.columns() != expected.columns() || module.frames() != expected.frames()) {
                throw new InvalidDicomException(tool(targetTs) + " changed the image geometry");
            }
            PixelDataPayload payload = new PixelDataPayload(out, encoded.location().valueOffset(), encoded.location().valueEnd(), "OB", true);
            temps.remove(out);
            Files.deleteIfExists(in);
            return new EncodedPixels(payload, module, targetTs, List.of(out));
        } catch (DicomException e) {
            throw new InvalidDicomException("cannot write the encoder's input (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            for (Path p : temps) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String tool(String ts) {
        return switch (ts) {
            case TransferSyntaxes.RLE -> "dcmcrle";
            case TransferSyntaxes.JPEG_LS_LOSSLESS -> "dcmcjpls";
            default -> "dcmcjpeg";
        };
    }

    private static List<String> arguments(String ts, Path in, Path out) {
        List<String> a = new ArrayList<>(List.of("-q"));
        switch (ts) {
            case TransferSyntaxes.JPEG_LS_LOSSLESS -> a.add("+el");
            case TransferSyntaxes.JPEG_LOSSLESS -> a.add("+el");
            case TransferSyntaxes.JPEG_LOSSLESS_SV1 -> a.add("+e1");
            default -> { }
        }
        a.add(in.toString());
        a.add(out.toString());
        return a;
    }

    /** The pixel module and dummy UIDs, nothing else: what the tool sees (tests write their inputs with it too). */
    static AttributeList minimalHeader(PixelModule m, String sopClassUid) throws DicomException {
        AttributeList l = new AttributeList();
        Attrs.put(l, TagFromName.SOPClassUID, "UI", sopClassUid);
        Attrs.put(l, TagFromName.SOPInstanceUID, "UI", "2.25.1");
        Attrs.put(l, TagFromName.StudyInstanceUID, "UI", "2.25.2");
        Attrs.put(l, TagFromName.SeriesInstanceUID, "UI", "2.25.3");
        Attrs.putUS(l, TagFromName.Rows, m.rows());
        Attrs.putUS(l, TagFromName.Columns, m.columns());
        Attrs.putUS(l, TagFromName.SamplesPerPixel, m.samplesPerPixel());
        Attrs.putUS(l, TagFromName.BitsAllocated, m.bitsAllocated());
        Attrs.putUS(l, TagFromName.BitsStored, m.bitsStored());
        Attrs.putUS(l, TagFromName.HighBit, m.highBit());
        Attrs.putUS(l, TagFromName.PixelRepresentation, m.pixelRepresentation());
        Attrs.put(l, TagFromName.PhotometricInterpretation, "CS", m.photometric());
        if (m.isColor()) {
            Attrs.putUS(l, TagFromName.PlanarConfiguration, m.planarConfiguration());
        }
        Attrs.put(l, TagFromName.NumberOfFrames, "IS", Integer.toString(m.frames()));
        return l;
    }
}
