package io.pixelscrub.testdata.synthetic.dicom;

import com.pixelmed.dicom.AgeStringAttribute;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TimeAttribute;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import io.pixelscrub.testdata.synthetic.content.PatientIdentity;
import io.pixelscrub.testdata.synthetic.content.PersonName;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.plan.CasePlan;

import java.time.format.DateTimeFormatter;

/**
 * The non-pixel header of a case: the same patient, study and device the picture shows, so a classifier
 * that matches burned text against header values has something real to match.
 */
public final class HeaderFactory {
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

    private HeaderFactory() {
    }

    /** @param burnedText whether the pixels carry any text (sets BurnedInAnnotation, which devices often omit) */
    public static AttributeList build(CasePlan plan, boolean burnedText) throws DicomException {
        PatientIdentity id = plan.identity();
        Uids uids = new Uids(plan.uidSeed());
        AttributeList list = new AttributeList();
        put(list, new CodeStringAttribute(TagFromName.SpecificCharacterSet), "ISO_IR 100");
        Attribute imageType = new CodeStringAttribute(TagFromName.ImageType);
        imageType.addValue("ORIGINAL");
        put(list, imageType, "PRIMARY");
        put(list, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), sopClass(plan));
        put(list, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), uids.next());
        put(list, new UniqueIdentifierAttribute(TagFromName.StudyInstanceUID), uids.next());
        put(list, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), uids.next());
        String studyDate = DA.format(id.studyDate());
        String studyTime = TM.format(id.studyTime());
        put(list, new DateAttribute(TagFromName.StudyDate), studyDate);
        put(list, new TimeAttribute(TagFromName.StudyTime), studyTime);
        put(list, new DateAttribute(TagFromName.SeriesDate), studyDate);
        put(list, new DateAttribute(TagFromName.ContentDate), studyDate);
        put(list, new TimeAttribute(TagFromName.ContentTime), studyTime);
        put(list, new ShortStringAttribute(TagFromName.AccessionNumber), id.accessionNumber());
        put(list, new CodeStringAttribute(TagFromName.Modality), plan.modality());
        put(list, new LongStringAttribute(TagFromName.Manufacturer), id.manufacturer());
        put(list, new LongStringAttribute(TagFromName.ManufacturerModelName), id.model());
        put(list, new LongStringAttribute(TagFromName.InstitutionName), id.institution());
        put(list, new ShortStringAttribute(TagFromName.StationName), id.stationName());
        put(list, new PersonNameAttribute(TagFromName.ReferringPhysicianName), pn(id.referringPhysician()));
        put(list, new PersonNameAttribute(TagFromName.PerformingPhysicianName), pn(id.performingPhysician()));
        put(list, new PersonNameAttribute(TagFromName.OperatorsName), pn(id.operator()));
        put(list, new PersonNameAttribute(TagFromName.PatientName), pn(id.patient()));
        put(list, new LongStringAttribute(TagFromName.PatientID), id.patientId());
        put(list, new DateAttribute(TagFromName.PatientBirthDate), DA.format(id.birthDate()));
        put(list, new CodeStringAttribute(TagFromName.PatientSex), id.sex());
        put(list, new AgeStringAttribute(TagFromName.PatientAge), id.ageString());
        put(list, new ShortStringAttribute(TagFromName.StudyID), Integer.toString(1 + plan.slot().index()));
        put(list, new IntegerStringAttribute(TagFromName.SeriesNumber), "1");
        put(list, new IntegerStringAttribute(TagFromName.InstanceNumber), "1");
        if (sopClass(plan).startsWith(SOPClass.SecondaryCaptureImageStorage)) {
            put(list, new CodeStringAttribute(TagFromName.ConversionType), "WSD");
        }
        // Real devices often leave BurnedInAnnotation out; keep it for most files so both cases exist.
        if (plan.slot().index() % 5 != 4) {
            put(list, new CodeStringAttribute(TagFromName.BurnedInAnnotation), burnedText ? "YES" : "NO");
        }
        return list;
    }

    private static String sopClass(CasePlan plan) {
        boolean multi = plan.frames() > 1;
        if ("US".equals(plan.modality())) {
            return multi ? SOPClass.UltrasoundMultiframeImageStorage : SOPClass.UltrasoundImageStorage;
        }
        if (!multi) {
            return SOPClass.SecondaryCaptureImageStorage;
        }
        PixelFormat f = plan.format();
        if (f.isColour()) {
            return SOPClass.MultiframeTrueColorSecondaryCaptureImageStorage;
        }
        return f.bitsAllocated == 8 ? SOPClass.MultiframeGrayscaleByteSecondaryCaptureImageStorage
                : SOPClass.MultiframeGrayscaleWordSecondaryCaptureImageStorage;
    }

    private static String pn(PersonName n) {
        return n.dicom();
    }

    static void put(AttributeList list, Attribute a, String value) throws DicomException {
        a.addValue(value);
        list.put(a);
    }
}
