package io.pixelscrub.testdata.synthetic.content;

/** A person's name as DICOM stores it (PN: {@code FAMILY^GIVEN^MIDDLE}), upper case. */
public record PersonName(String family, String given, String middle) {

    public String dicom() {
        return middle.isEmpty() ? family + "^" + given : family + "^" + given + "^" + middle;
    }
}
