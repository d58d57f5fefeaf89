package io.pixelscrub.testdata.synthetic.background;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Real pictures to draw text on: the files of {@code testdata/real} that MANIFEST.tsv marks as having no
 * burned-in text, stored natively (no codec needed), grey or RGB, at least 128 pixels a side.
 */
public final class RealImages {
    private static final Set<String> NATIVE_SYNTAXES = Set.of(
            "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99");
    private static final Set<String> PHOTOMETRICS = Set.of("MONOCHROME1", "MONOCHROME2", "RGB");
    private static final int MIN_SIDE = 128;

    private final List<RealImage> images;

    private RealImages(List<RealImage> images) {
        this.images = List.copyOf(images);
    }

    public static RealImages none() {
        return new RealImages(List.of());
    }

    /** Loads the usable files listed in {@code realDir/MANIFEST.tsv}, in manifest order. */
    public static RealImages load(Path realDir) throws IOException {
        List<String> lines = Files.readAllLines(realDir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        int file = column(header, "file");
        int syntax = column(header, "transfer_syntax_uid");
        int text = column(header, "has_burned_in_text");
        int photometric = column(header, "photometric");
        List<RealImage> images = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length <= Math.max(text, photometric) || !"no".equals(f[text].strip())
                    || !PHOTOMETRICS.contains(f[photometric].strip())
                    || !NATIVE_SYNTAXES.contains(f[syntax].split(" ")[0])) {
                continue;
            }
            RealImage image = read(realDir, f[file].strip());
            if (image != null) {
                images.add(image);
            }
        }
        return new RealImages(images);
    }

    public List<RealImage> images() {
        return images;
    }

    public boolean isEmpty() {
        return images.isEmpty();
    }

    private static int column(List<String> header, String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException("MANIFEST.tsv has no column " + name);
        }
        return i;
    }

    /** Null when the file has no pixels or is too small to be a useful background. */
    private static RealImage read(Path realDir, String name) throws IOException {
        AttributeList list = new AttributeList();
        try {
            list.read(realDir.resolve(name).toString());
        } catch (DicomException e) {
            throw new IOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        Attribute pixels = list.get(TagFromName.PixelData);
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        if (pixels == null || rows < MIN_SIDE || cols < MIN_SIDE) {
            return null;
        }
        try {
            return RealPixels.normalise(name, list, pixels, rows, cols);
        } catch (DicomException e) {
            throw new IOException("cannot read the pixels of " + name + ": " + e.getMessage(), e);
        }
    }
}
