package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.Set;

/**
 * "GE MEDICAL SYSTEMS" is a vendor on one file and the institution on another (demonstration systems, vendor sites,
 * "Philips Healthcare" as InstitutionName). Company endings ({@code organisation-words.txt}) are therefore a device
 * annotation only where the file's own header names the device with them (Manufacturer, ManufacturerModelName);
 * otherwise the line is UNKNOWN. Where the header's InstitutionName holds the words, the header decides PHI first.
 */
final class OrganisationNames {

    private OrganisationNames() {
    }

    /** Whether the line holds a company ending that the file's own device identity does not account for. */
    static boolean unclaimed(List<Token> tokens, ClassifierVocabulary vocab, Set<String> deviceWords) {
        for (Token t : tokens) {
            if (vocab.organisationWords.contains(t.core()) && !deviceWords.contains(t.core())) {
                return true;
            }
        }
        return false;
    }
}
