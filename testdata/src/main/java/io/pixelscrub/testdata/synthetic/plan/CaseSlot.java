package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;

/** What the corpus asked of one case before it is planned: its encoding, content kind, shape and seed. */
public record CaseSlot(int index, PixelFormat format, Encoding encoding, CaseKind kind, CaseShape shape,
                       long seed) {
}
