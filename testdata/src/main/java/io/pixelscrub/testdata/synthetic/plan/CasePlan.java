package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.background.Background;
import io.pixelscrub.testdata.synthetic.content.PatientIdentity;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;

import java.util.List;

/**
 * Everything needed to render and write one file; a pure function of the corpus seed and case index.
 *
 * @param tint RGB multipliers that colour a grey background on colour formats
 */
public record CasePlan(CaseSlot slot, String fileName, int width, int height, int frames, String modality,
                       Background background, float[] tint, PatientIdentity identity, List<Backdrop> backdrops,
                       List<PlacedText> texts, long uidSeed) {

    public CasePlan {
        backdrops = List.copyOf(backdrops);
        texts = List.copyOf(texts);
    }

    public PixelFormat format() {
        return slot.format();
    }

    public Encoding encoding() {
        return slot.encoding();
    }
}
