package io.pixelscrub.testdata.synthetic.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the PHI lines a device burns for one patient. Most render header values in the device's own
 * format; some do not match the header at all (a burned MRN that differs from PatientID, an earlier exam
 * date, a different person's name), because real devices do that and a tool must not rely on the header.
 */
public final class PhiTexts {

    private PhiTexts() {
    }

    public static List<TextContent> choose(PatientIdentity id, SplittableRandom r) {
        List<TextContent> out = new ArrayList<>();
        out.add(name(id, r));
        if (r.nextInt(10) < 7) {
            out.add(r.nextInt(4) == 0
                    ? TextContent.phi("ID: " + id.patientId(), "label+value", "PatientID")
                    : TextContent.phi(id.patientId(), "id", "PatientID"));
        }
        if (r.nextInt(10) < 6) {
            String dob = DisplayFormats.date(id.birthDate(), r);
            out.add(r.nextBoolean()
                    ? TextContent.phi(pickLabel(r, "DOB: ", "DOB ", "Birth: ", "D.O.B. ") + dob, "label+value",
                            "PatientBirthDate")
                    : TextContent.phi(dob, "date", "PatientBirthDate"));
        }
        if (r.nextInt(10) < 7) {
            out.add(TextContent.phi(DisplayFormats.date(id.studyDate(), r), "date", "StudyDate"));
        }
        if (r.nextInt(10) < 5) {
            out.add(TextContent.phi(DisplayFormats.time(id.studyTime(), r), "time", "StudyTime"));
        }
        if (r.nextInt(10) < 5) {
            out.add(TextContent.phi(id.institution(), "institution", "InstitutionName"));
        }
        if (r.nextInt(10) < 3) {
            out.add(TextContent.phi(pickLabel(r, "Acc: ", "ACC# ", "Accession ", "A#") + id.accessionNumber(),
                    "label+value", "AccessionNumber"));
        }
        if (r.nextInt(10) < 3) {
            out.add(TextContent.phi(pickLabel(r, "Ref: ", "Ref Dr: ", "") + DisplayFormats.physician(
                    id.referringPhysician(), r), "physician", "ReferringPhysicianName"));
        }
        if (r.nextInt(10) < 2) {
            out.add(TextContent.phi(DisplayFormats.physician(id.performingPhysician(), r), "physician",
                    "PerformingPhysicianName"));
        }
        if (r.nextInt(10) < 3) {
            out.add(TextContent.phi(pickLabel(r, "Op: ", "Sonographer: ", "Tech ") + DisplayFormats.initials(
                    id.operator()), "operator", "OperatorsName"));
        }
        if (r.nextInt(10) < 2) {
            out.add(TextContent.phi(id.ageYears() + "Y " + id.sex(), "demographic",
                    "PatientAge"));
        }
        addNotInHeader(out, id, r);
        return out;
    }

    private static TextContent name(PatientIdentity id, SplittableRandom r) {
        String shown = DisplayFormats.name(id.patient(), r);
        if (r.nextInt(4) == 0) {
            return TextContent.phi(pickLabel(r, "Name: ", "Pt: ", "PATIENT: ") + shown, "label+value", "PatientName");
        }
        return TextContent.phi(shown, "name", "PatientName");
    }

    /** PHI the header does not hold, so a header-matching classifier cannot find it. */
    private static void addNotInHeader(List<TextContent> out, PatientIdentity id, SplittableRandom r) {
        if (r.nextInt(10) < 3) {
            String other = IdentityFactory.patientId(r);
            out.add(r.nextBoolean()
                    ? TextContent.phi(other, "id", null)
                    : TextContent.phi(pickLabel(r, "MRN ", "MRN: ", "Pat ID ") + other, "label+value", null));
        }
        if (r.nextInt(10) < 2) {
            LocalDate earlier = id.studyDate().minusDays(20 + r.nextInt(2000));
            out.add(r.nextBoolean()
                    ? TextContent.phi(DisplayFormats.date(earlier, r), "date", null)
                    : TextContent.phi(pickLabel(r, "LMP ", "Prior: ", "Exam ") + DisplayFormats.date(earlier, r),
                            "label+value", null));
        }
        if (r.nextInt(10) < 1) {
            out.add(TextContent.phi("Name: " + DisplayFormats.name(SyllableNames.person(r), r), "label+value", null));
        }
    }

    private static String pickLabel(SplittableRandom r, String... labels) {
        return labels[r.nextInt(labels.length)];
    }
}
