package io.pixelscrub.spark;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Instances of one study and series for the UID tests: a real CT written again under new SOP Instance UIDs. */
final class StudyCopies {
    static final AttributeTag[] SHARED = {TagFromName.StudyInstanceUID, TagFromName.SeriesInstanceUID,
            TagFromName.FrameOfReferenceUID, TagFromName.PatientID, TagFromName.PatientName};

    private StudyCopies() {
    }

    /** {@code n} instances of pydicom/CT_small_explicitLE.dcm's study in {@code dir}, as ct-1.dcm ... */
    static List<Path> write(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            AttributeList l = read(RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm"));
            Attribute sop = l.get(TagFromName.SOPInstanceUID);
            String uid = sop.getSingleStringValueOrEmptyString() + "." + i;
            sop.removeValues();
            sop.addValue(uid);
            FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "TEST");
            Path p = dir.resolve("ct-" + i + ".dcm");
            l.write(p.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
            out.add(p);
        }
        return out;
    }

    static AttributeList read(Path p) throws Exception {
        AttributeList l = new AttributeList();
        l.read(p.toFile());
        return l;
    }

    static String value(AttributeList l, AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }
}
