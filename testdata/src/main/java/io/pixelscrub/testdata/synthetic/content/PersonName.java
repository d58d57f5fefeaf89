package io.pixelscrub.testdata.synthetic.content;

/** A person's name as DICOM stores it (PN: {@code FAMILY^GIVEN^MIDDLE}), upper case. */
public record PersonName(String family, String given, String middle) {

    public String dicom() {
        if (given.isEmpty() && middle.isEmpty()) {
            return family; // a whole name of one component, e.g. OB
        }
        return middle.isEmpty() ? family + "^" + given : family + "^" + given + "^" + middle;
    }
}
