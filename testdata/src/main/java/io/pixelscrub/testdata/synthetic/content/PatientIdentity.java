package io.pixelscrub.testdata.synthetic.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

/**
 * Everything identifying that one synthetic file carries, in its header and (some of it) in its pixels.
 * Device fields are here too because the header and the burned device annotations must agree.
 */
public record PatientIdentity(PersonName patient, LocalDate birthDate, String sex, String patientId,
                              String accessionNumber, LocalDate studyDate, LocalTime studyTime,
                              String institution, PersonName referringPhysician, PersonName performingPhysician,
                              PersonName operator, String stationName, String manufacturer, String model) {

    /** Age in whole years at the study. */
    public int ageYears() {
        return Period.between(birthDate, studyDate).getYears();
    }

    /** Age as DICOM AS, e.g. {@code 045Y}. */
    public String ageString() {
        return String.format("%03dY", ageYears());
    }
}
