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

    /**
     * The honest corpus's PHI lines: {@link #choose} (same draws), the name and institution lines labelled by their
     * trap kind, then for a {@code traps} share of files two to four of the hard shapes: initials, a partial date,
     * a label followed by a number, sex and age glued, a clock in the hour after midnight, a bare short ID, an
     * operator's initials. Every one renders a value of the file's own header.
     */
    public static List<TextContent> chooseHonest(PatientIdentity id, SplittableRandom r, double traps) {
        List<TextContent> out = new ArrayList<>();
        for (TextContent t : choose(id, r)) {
            if ("name".equals(t.category()) && "PatientName".equals(t.headerAttribute())) {
                t = TextContent.phi(t.text(), GeneralNames.kindOf(id.patient()).category, t.headerAttribute());
            } else if ("institution".equals(t.category())
                    && java.util.Arrays.asList(IdentityFactory.GENERIC_INSTITUTIONS).contains(id.institution())) {
                t = TextContent.phi(t.text(), "institution-generic", t.headerAttribute());
            }
            out.add(t);
        }
        if (r.nextDouble() >= traps) {
            return out;
        }
        int n = 2 + r.nextInt(3);
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (int attempt = 0; done.size() < n && attempt < 12; attempt++) {
            int kind = r.nextInt(7);
            if (!done.add(kind)) {
                continue;
            }
            TextContent t = trap(kind, id, r);
            if (t != null && out.stream().noneMatch(o -> o.text().equals(t.text()))) {
                out.add(t);
            }
        }
        return out;
    }

    private static TextContent trap(int kind, PatientIdentity id, SplittableRandom r) {
        PersonName p = id.patient();
        return switch (kind) {
            case 0 -> p.given().isEmpty() ? null : TextContent.phi(switch (r.nextInt(5)) {
                case 0 -> p.given().charAt(0) + " " + p.family().charAt(0);
                case 1 -> p.given().charAt(0) + "." + p.family().charAt(0) + ".";
                case 2 -> p.given().charAt(0) + ". " + p.family().charAt(0) + ".";
                case 3 -> "" + p.given().charAt(0) + p.family().charAt(0);
                default -> p.family().charAt(0) + ", " + p.given().charAt(0);
            }, "initials", "PatientName");
            case 1 -> {
                boolean birth = r.nextBoolean();
                LocalDate d = birth ? id.birthDate() : id.studyDate();
                String text = java.time.format.DateTimeFormatter.ofPattern(pickLabel(r, "MM/yyyy", "M/yyyy",
                        "MMM yyyy", "yyyy-MM", "MM.yyyy"), java.util.Locale.ENGLISH).format(d);
                yield TextContent.phi((birth && r.nextBoolean() ? pickLabel(r, "DOB ", "Born ") : "") + text,
                        "partial-date", birth ? "PatientBirthDate" : "StudyDate");
            }
            case 2 -> {
                boolean acc = r.nextBoolean();
                String label = acc ? pickLabel(r, "Ex ", "Acc# ", "Exam ", "IM ") : pickLabel(r, "MRN: ", "Pt ", "ID ",
                        "IM ");
                yield TextContent.phi(label + (acc ? id.accessionNumber() : id.patientId()), "label+number",
                        acc ? "AccessionNumber" : "PatientID");
            }
            case 3 -> TextContent.phi(r.nextBoolean() ? id.sex() + id.ageYears() : id.ageYears() + id.sex(), "sex-age",
                    "PatientAge");
            case 4 -> {
                java.time.LocalTime t = id.studyTime();
                String text = java.time.format.DateTimeFormatter.ofPattern(r.nextBoolean() ? "H:mm:ss" : "H:mm",
                        java.util.Locale.ENGLISH).format(t);
                yield TextContent.phi(text, t.getHour() == 0 ? "zero-hour" : "time", "StudyTime");
            }
            case 5 -> TextContent.phi(id.patientId(), id.patientId().length() <= 7 ? "short-id" : "id", "PatientID");
            default -> TextContent.phi(pickLabel(r, "Op: ", "Tech ", "") + DisplayFormats.initials(id.operator()),
                    "operator", "OperatorsName");
        };
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
