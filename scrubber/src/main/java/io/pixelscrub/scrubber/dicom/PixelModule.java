package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

/**
 * The Image Pixel Module attributes that say how sample values are laid out.
 * Also describes decoded frames, whose photometric interpretation may differ from the file's (a JPEG decoder may return RGB).
 */
public record PixelModule(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored, int highBit,
                          int pixelRepresentation, int planarConfiguration, String photometric, int frames) {

    /** Images larger than this many samples per frame are refused as absurd (4 Gi samples would overflow arrays). */
    public static final long MAX_SAMPLES_PER_FRAME = 1L << 30;

    public static PixelModule of(AttributeList list) throws InvalidDicomException {
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        int spp = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, bitsAllocated);
        int highBit = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.HighBit, bitsStored - 1);
        int pixelRepresentation = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0);
        int planar = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PlanarConfiguration, 0);
        String photometric = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation).trim();
        int frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1));
        PixelModule m = new PixelModule(rows, columns, spp, bitsAllocated, bitsStored, highBit, pixelRepresentation,
                spp > 1 ? planar : 0, photometric.isEmpty() ? (spp == 3 ? "RGB" : "MONOCHROME2") : photometric, frames);
        m.validate();
        return m;
    }

    /** Refuses dimensions no real image has, before anything allocates memory for them. */
    public void validate() throws InvalidDicomException {
        if (rows <= 0 || columns <= 0) {
            throw new InvalidDicomException("image has no size (Rows " + rows + ", Columns " + columns + ")");
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3) {
            throw new InvalidDicomException("unsupported SamplesPerPixel " + samplesPerPixel);
        }
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new InvalidDicomException("unsupported BitsAllocated " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit >= bitsAllocated) {
            throw new InvalidDicomException("inconsistent BitsStored " + bitsStored + " / HighBit " + highBit
                    + " for BitsAllocated " + bitsAllocated);
        }
        if ((long) rows * columns * samplesPerPixel > MAX_SAMPLES_PER_FRAME) {
            throw new InvalidDicomException("absurd dimensions " + columns + "x" + rows + "x" + samplesPerPixel);
        }
        if (frames > 1_000_000) {
            throw new InvalidDicomException("absurd NumberOfFrames " + frames);
        }
    }

    public int bytesPerSample() { return bitsAllocated / 8; }

    /** YBR_FULL_422 stored natively keeps two luma samples and one Cb/Cr pair per two pixels. */
    public boolean isSubsampled422() { return "YBR_FULL_422".equals(photometric) || "YBR_PARTIAL_422".equals(photometric); }

    public int samplesPerFrame() {
        return isSubsampled422() ? rows * columns * 2 : rows * columns * samplesPerPixel;
    }

    public int bytesPerFrame() { return samplesPerFrame() * bytesPerSample(); }

    public long bytesAllFrames() { return (long) bytesPerFrame() * frames; }

    public PixelModule withPhotometric(String newPhotometric, int newPlanar) {
        return new PixelModule(rows, columns, samplesPerPixel, bitsAllocated, bitsStored, highBit, pixelRepresentation,
                newPlanar, newPhotometric, frames);
    }

    public boolean isColor() { return samplesPerPixel == 3; }
}
