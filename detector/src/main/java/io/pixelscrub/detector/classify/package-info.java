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
 *   <li><b>Patterns</b> ({@code pattern:*}, {@code lexicon:person-name}): dates, clock times, digit runs of 6+,
 *   MRN shapes, PHI labels (Name:, DOB, MRN, Acc#... in several languages), name shapes, institution words,
 *   explicit ages.</li>
 *   <li><b>Allow-list</b> ({@code allow-list}): NOT_PHI only when every word is a listed device word or a device
 *   shape (number with unit, label with value, probe name, counter, setting).</li>
 *   <li>Otherwise UNKNOWN ({@code unknown:unexplained-text}; {@code unknown:no-text}/{@code unknown:noise} with low
 *   confidence for blank or noise OCR; {@code context:age-sex} for a sex letter beside an age-like number).</li>
 * </ol>
 * Vocabularies are data in models ({@code io/pixelscrub/models/vocab/}, see SOURCES.txt there).
 * OCR text and header values are PHI: nothing here logs them or puts them into reasons, exceptions or toString.
 */
package io.pixelscrub.detector.classify;
