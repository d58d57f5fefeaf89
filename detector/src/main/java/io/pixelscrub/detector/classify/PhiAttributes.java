package io.pixelscrub.detector.classify;

import java.util.List;

/** Which header attributes feed the deny-list, grouped by how their values are rendered on images. */
final class PhiAttributes {

    private PhiAttributes() {
    }

    /** PN values: rendered in many name orders and abbreviations. */
    static final List<String> PERSON_NAMES = List.of(
            "PatientName", "OtherPatientNames", "PatientBirthName", "PatientMotherBirthName",
            "ReferringPhysicianName", "PerformingPhysicianName", "NameOfPhysiciansReadingStudy", "OperatorsName",
            "PhysiciansOfRecord", "RequestingPhysician", "ScheduledPerformingPhysicianName", "ResponsiblePerson",
            "ConsultingPhysicianName", "EvaluatorName", "PersonName", "VerifyingObserverName");

    /**
     * Identifiers: matched whole. OtherPatientIDsSequence is asked for too, for a view that flattens the
     * sequence's PatientID values under its keyword.
     */
    static final List<String> IDENTIFIERS = List.of(
            "PatientID", "OtherPatientIDs", "OtherPatientIDsSequence", "AccessionNumber", "StudyID",
            "MedicalRecordLocator", "AdmissionID", "IssuerOfAdmissionID", "ServiceEpisodeID", "RequestedProcedureID",
            "PerformedProcedureStepID", "ScheduledProcedureStepID", "FillerOrderNumberImagingServiceRequest",
            "PlacerOrderNumberImagingServiceRequest", "DeviceSerialNumber", "DetectorID", "PlateID", "CassetteID",
            "GantryID", "ClinicalTrialSubjectID", "ClinicalTrialSubjectReadingID", "InsurancePlanIdentification");

    /**
     * Identifiers that number studies, procedure steps and devices rather than people: a value of one to three digits
     * (StudyID "1", GantryID "2") is a counter that stands on every device line, and is no evidence. Longer values,
     * and every value of the other identifiers, are.
     */
    static final java.util.Set<String> COUNTERS = java.util.Set.of(
            "StudyID", "RequestedProcedureID", "PerformedProcedureStepID", "ScheduledProcedureStepID",
            "DeviceSerialNumber", "DetectorID", "PlateID", "CassetteID", "GantryID");

    /** Free text: matched whole, and by its distinctive words. */
    static final List<String> FREE_TEXT = List.of(
            "InstitutionName", "InstitutionAddress", "InstitutionalDepartmentName", "StationName",
            "IssuerOfPatientID", "PatientAddress", "PatientTelephoneNumbers", "RegionOfResidence",
            "ReferringPhysicianAddress", "ReferringPhysicianTelephoneNumbers", "PatientInstitutionResidence",
            "CurrentPatientLocation", "AssignedLocation", "MilitaryRank", "BranchOfService");

    /** DA values. */
    static final List<String> DATES = List.of(
            "PatientBirthDate", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate", "InstanceCreationDate",
            "PerformedProcedureStepStartDate", "PerformedProcedureStepEndDate", "ScheduledProcedureStepStartDate",
            "AdmittingDate", "OverlayDate", "CurveDate", "StudyVerifiedDate", "StudyReadDate", "LastMenstrualDate",
            "PatientDeathDate", "DischargeDate", "DateOfSecondaryCapture");

    /** DT values: a date and a time. */
    static final List<String> DATE_TIMES = List.of(
            "AcquisitionDateTime", "FrameReferenceDateTime", "StartAcquisitionDateTime", "EndAcquisitionDateTime",
            "InstanceCoercionDateTime", "PerformedProcedureStepStartDateTime");

    /** TM values. */
    static final List<String> TIMES = List.of(
            "StudyTime", "SeriesTime", "AcquisitionTime", "ContentTime", "InstanceCreationTime",
            "PerformedProcedureStepStartTime", "PerformedProcedureStepEndTime", "ScheduledProcedureStepStartTime",
            "PatientBirthTime", "OverlayTime", "CurveTime", "AdmittingTime", "TimeOfSecondaryCapture");
}
