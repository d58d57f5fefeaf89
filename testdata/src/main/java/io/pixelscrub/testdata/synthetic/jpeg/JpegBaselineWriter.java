package io.pixelscrub.testdata.synthetic.jpeg;

import static io.pixelscrub.testdata.synthetic.dicom.NativeDicom.put;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes a {@link JpegBaselineCase} as a JPEG Baseline DICOM file with real encoders: dcmcjpeg compresses a native
 * file (as the corpus and the bug reports do), or the JDK's IJG libjpeg (ImageIO) compresses, with restart markers
 * when asked, and dcmtk's img2dcm wraps the stream unchanged.
 */
public final class JpegBaselineWriter {
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private JpegBaselineWriter() {
    }

    /** The tools this class runs. */
    public static List<String> tools() {
        return List.of("dcmcjpeg", "img2dcm");
    }

    public static Path write(JpegBaselineCase c, Path dir) throws IOException {
        byte[] pixels = CasePicture.pixels(c.width(), c.height(), c.sampling().isColour(), c.seed());
        Path out = dir.resolve(c.name() + ".dcm");
        if (c.encoder() == JpegBaselineCase.Encoder.DCMCJPEG) {
            Path in = dir.resolve(c.name() + ".native.dcm");
            writeNative(c, pixels, in);
            List<String> cmd = new ArrayList<>(List.of("dcmcjpeg", "+eb", "+q", Integer.toString(c.quality()), "+un"));
            cmd.addAll(c.sampling().dcmcjpegOptions());
            cmd.add(in.toString());
            cmd.add(out.toString());
            ToolRunner.run(dir, cmd);
            Files.delete(in);
        } else {
            Path jpeg = dir.resolve(c.name() + ".jpg");
            Files.write(jpeg, imageIoJpeg(c, pixels));
            ToolRunner.run(dir, List.of("img2dcm", "-i", "JPEG", jpeg.toString(), out.toString()));
            Files.delete(jpeg);
        }
        return out;
    }

    /** The case's picture as a bare JPEG stream from the JDK's libjpeg (any encoder setting of the case but MONOCHROME1). */
    public static byte[] imageIoJpeg(JpegBaselineCase c) throws IOException {
        return imageIoJpeg(c, CasePicture.pixels(c.width(), c.height(), c.sampling().isColour(), c.seed()));
    }

    /** The stream ImageIO writes: sampling factors and restart interval set through its native metadata tree. */
    private static byte[] imageIoJpeg(JpegBaselineCase c, byte[] pixels) throws IOException {
        boolean colour = c.sampling().isColour();
        BufferedImage img = new BufferedImage(c.width(), c.height(),
                colour ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = img.getRaster();
        int spp = colour ? 3 : 1;
        int[] px = new int[spp];
        for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                for (int s = 0; s < spp; s++) {
                    px[s] = pixels[(y * c.width() + x) * spp + s] & 0xFF;   // raster bands are R, G, B
                }
                raster.setPixel(x, y, px);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(c.quality() / 100f);
            param.setOptimizeHuffmanTables(c.optimizedTables());
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            Element root = (Element) metadata.getAsTree(JPEG_METADATA);
            NodeList components = root.getElementsByTagName("componentSpec");
            for (int i = 0; i < components.getLength(); i++) {
                Element comp = (Element) components.item(i);
                comp.setAttribute("HsamplingFactor", Integer.toString(i == 0 ? c.sampling().h : 1));
                comp.setAttribute("VsamplingFactor", Integer.toString(i == 0 ? c.sampling().v : 1));
            }
            if (c.restartInterval() > 0) {
                Element markers = (Element) root.getElementsByTagName("markerSequence").item(0);
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(c.restartInterval()));
                markers.insertBefore(dri, markers.getElementsByTagName("sos").item(0));
            }
            metadata.setFromTree(JPEG_METADATA, root);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void writeNative(JpegBaselineCase c, byte[] pixels, Path out) throws IOException {
        Uids uids = new Uids(c.seed());
        AttributeList list = new AttributeList();
        try {
            NativeDicom.secondaryCapture(list, uids, "OT");
            put(list, new PersonNameAttribute(TagFromName.PatientName), "JPEG^CASE");
        } catch (DicomException e) {
            throw new IOException("cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
        String photometric = c.sampling().isColour() ? "RGB" : c.monochrome1() ? "MONOCHROME1" : "MONOCHROME2";
        NativeDicom.write8Bit(list, c.height(), c.width(), photometric, pixels, out);
    }
}
