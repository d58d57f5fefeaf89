package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DICOM file opened for scrubbing: its header (without Pixel Data) in memory, and where its pixel data lies on disk.
 * Deflated files are inflated into a temporary file first; close() removes it.
 */
public final class DicomInput implements AutoCloseable {
    private final Path source;
    private final Path pixelFile;
    private final AttributeList header;
    private final String transferSyntax;
    private final PixelModule module;
    private final PixelDataLocation location;
    private final EncapsulatedPixelData encapsulated;
    private final List<Path> temporaryFiles = new ArrayList<>();

    DicomInput(Path source, Path pixelFile, AttributeList header, String transferSyntax, PixelModule module,
               PixelDataLocation location, EncapsulatedPixelData encapsulated) {
        this.source = source;
        this.pixelFile = pixelFile;
        this.header = header;
        this.transferSyntax = transferSyntax;
        this.module = module;
        this.location = location;
        this.encapsulated = encapsulated;
    }

    /** The file the user gave. */
    public Path source() { return source; }

    /** The file the pixel data offsets refer to (the source, or its inflated copy). */
    public Path pixelFile() { return pixelFile; }

    /** Every top-level attribute before Pixel Data, including the meta header. Mutable: the pipeline de-identifies it in place. */
    public AttributeList header() { return header; }

    /** The transfer syntax of the source file. */
    public String transferSyntax() { return transferSyntax; }

    public boolean hasPixelData() { return location != null; }

    public Optional<PixelModule> module() { return Optional.ofNullable(module); }

    public PixelDataLocation location() { return location; }

    public Optional<EncapsulatedPixelData> encapsulated() { return Optional.ofNullable(encapsulated); }

    void deleteOnClose(Path p) { temporaryFiles.add(p); }

    @Override
    public void close() {
        for (Path p : temporaryFiles) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file in the system temp folder is harmless
            }
        }
    }
}
