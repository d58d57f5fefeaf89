/**
 * The PHI classifier for one OCR'd line of burned-in text: {@link io.pixelscrub.detector.classify.PhiClassifier}
 * with the file's {@link io.pixelscrub.detector.classify.HeaderDenyList}.
 *
 * <p>Rules, in the order they decide:
 * <ol>
 *   <li><b>Header</b> ({@code header:Attribute}): names in every rendering (PN order, "Surname, Given", initials and
 *   surname, each part), identifiers, institution/department/station/serial, found with OCR confusion folding
 *   (O/0/Q/D, I/1/l/|/!, S/5/$, B/8, Z/2, G/6), no blanks or punctuation, at word boundaries, with an edit
 *   allowance growing with length (0 up to 4 chars, then 1, 2, 3) and a long prefix where the device cut the value
 *   ("PATIENTFI..."). Dates and times compare by meaning, in any format, times within 10 minutes.</li>
 *   <li><b>The header wins</b>: a value of the file's own header is PHI wherever it stands, even a device or vendor
 *   word ("OB", "AC", "LONG", "GE MEDICAL SYSTEMS"), whatever the allow-list says. Values of one or two characters
 *   match exactly (a token, a '/'/'-' part of one, or a run of tokens; case ignored, no folding); from three
 *   characters they are OCR-tolerant. Name prefixes and suffixes (titles) are no values; initials are weak: PHI in a
 *   name position, or beside weak evidence of another attribute. Sex and age are weak context ("M 63" together is
 *   PHI). Numbers of up to 3 digits of counter attributes (StudyID "1") are no evidence at all.</li>
 *   <li><b>Patterns</b> ({@code pattern:*}, {@code lexicon:person-name}): dates (and a month of a year, "03/2017"),
 *   clock times (with seconds whatever the separator, "09.59.44"), digit runs of 6+, MRN shapes, PHI labels (Name:,
 *   DOB, MRN, Acc#... in several languages), a value with a digit after an identifier label (ID, MRN, Acc, Ex, Exam,
 *   Pt, Study... : {@code pattern:label-ID}), name shapes, institution words, explicit ages.</li>
 *   <li><b>Shapes in doubt</b> (UNKNOWN, never NOT_PHI): initials where a name stands ({@code unknown:initials}),
 *   a zero-padded day and month ({@code unknown:partial-date}), a zero hour ({@code unknown:zero-hour}), a company
 *   name the file's Manufacturer does not hold ({@code unknown:organisation}), sex and age side by side or glued
 *   ({@code context:age-sex}). The header decides them where it can: initials of a header person, a header date's
 *   day and month or month and year, a header time read with a misread separator ("14.06") are PHI by attribute.</li>
 *   <li><b>Allow-list</b> ({@code allow-list}): NOT_PHI only when every word is a listed device word, a device
 *   shape (number with unit, label with value, probe name, counter, setting) or a word of the file's own device
 *   names (Manufacturer, ManufacturerModelName). Identifier shapes are not device shapes: one or two letters with
 *   four or more digits ("A1234"), five or more digits after a label ("IM 98765") or in a compound ("K12-345").
 *   Words beside a reading ({@code Readouts}: "Dist 3.42 cm", "12.5 zt", "D2 3.18 ces"),
 *   a setting's label before a small integer ({@code SettingPairs}: only when the
 *   number is no age: above 120, on a parameter line, after a repeated label, or ruled out by the header's age,
 *   {@code PatientAges}; never the age or a one-digit misread of it, never after a person
 *   word, never a name, month (or one misread by a letter), sex, identifier or PHI label, never between a day and a
 *   year), and measurements as OCR misreads them
 *   ({@code MisreadMeasurements}: "27.1 em", "5 rnm", "7.O0kHz", "lifps"; never "am", "pm",
 *   "yo", "mo" as units). Two unlisted words ("Kesk Jorv") are never explained: a given name and a surname the
 *   lexicons miss look the same.</li>
 *   <li>Otherwise UNKNOWN ({@code unknown:unexplained-text}; {@code unknown:no-text}/{@code unknown:noise} with low
 *   confidence for blank or noise OCR).</li>
 * </ol>
 * Vocabularies are data in models ({@code io/pixelscrub/models/vocab/}, see SOURCES.txt there).
 * OCR text and header values are PHI: nothing here logs them or puts them into reasons, exceptions or toString.
 */
package io.pixelscrub.detector.classify;
