package io.pixelscrub.testdata.synthetic.truth;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * Ground truth for one synthetic DICOM file.
 *
 * @param file                    path relative to the folder holding ground-truth.json
 * @param transferSyntax          short name, e.g. RLE, JPEG_LS_LOSSLESS
 * @param lossy                   the pixel values were changed by lossy compression after drawing: boxes still
 *                                locate the text, but values near edges differ from the drawing
 * @param photometric             PhotometricInterpretation as written in the file
 * @param background              how the picture under the text was made (e.g. ULTRASOUND_SECTOR, REAL:path)
 * @param pixelsMustStayIdentical no PHI in the pixels: a perfect tool leaves Pixel Data byte-identical
 */
public record CaseTruth(String file, CaseKind kind, String transferSyntaxUid, String transferSyntax, boolean lossy,
                        String photometric, int rows, int columns, int frames, int bitsAllocated, int bitsStored,
                        String modality, String background, boolean pixelsMustStayIdentical,
                        List<TextTruth> texts) {

    public CaseTruth {
        texts = List.copyOf(texts);
    }

    @JsonIgnore
    public List<TextTruth> phiTexts() {
        return texts.stream().filter(TextTruth::isPhi).toList();
    }

    @JsonIgnore
    public List<TextTruth> deviceTexts() {
        return texts.stream().filter(t -> !t.isPhi()).toList();
    }
}
