package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileActionTest {

    @Test
    void compoundCodesResolveToTheAlternativeValidForEveryType() {
        assertEquals(ProfileAction.REMOVE, ProfileAction.resolve("X"));
        assertEquals(ProfileAction.ZERO, ProfileAction.resolve("X/Z"));
        assertEquals(ProfileAction.DUMMY, ProfileAction.resolve("X/D"));
        assertEquals(ProfileAction.DUMMY, ProfileAction.resolve("Z/D"));
        assertEquals(ProfileAction.DUMMY, ProfileAction.resolve("X/Z/D"));
        assertEquals(ProfileAction.REMAP_UID, ProfileAction.resolve("X/Z/U*"));
        assertEquals(ProfileAction.KEEP, ProfileAction.resolve(null));
        assertThrows(IllegalArgumentException.class, () -> ProfileAction.resolve("Q"));
    }

    @Test
    void bundledTableCoversEveryRowWithAKnownBasicProfileCodeAndWildcards() {
        ProfileTable t = ProfileTable.standard();
        assertTrue(t.rows().size() > 400);
        t.rows().forEach(r -> ProfileAction.resolve(r.code(ProfileTable.BASIC_PROFILE)));
        assertEquals(ProfileAction.ZERO, t.action(TagFromName.PatientName, ProfileTable.BASIC_PROFILE));
        assertEquals(ProfileAction.REMAP_UID, t.action(TagFromName.StudyInstanceUID, ProfileTable.BASIC_PROFILE));
        assertEquals(ProfileAction.REMOVE, t.action(new AttributeTag(0x6002, 0x3000), ProfileTable.BASIC_PROFILE));
        assertEquals(ProfileAction.REMOVE, t.action(new AttributeTag(0x0029, 0x1010), ProfileTable.BASIC_PROFILE));
        assertEquals(ProfileAction.KEEP, t.action(TagFromName.Rows, ProfileTable.BASIC_PROFILE));
        assertEquals("K", t.find(TagFromName.StudyInstanceUID).orElseThrow().code("rtnUIDsOpt"));
    }
}
