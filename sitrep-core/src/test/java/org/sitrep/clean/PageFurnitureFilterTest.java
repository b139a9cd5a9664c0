package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.RawReport;

class PageFurnitureFilterTest {
    private static final PageFurnitureFilter FILTER = PageFurnitureFilter.bundled();

    @ParameterizedTest
    @ValueSource(strings = {
            "FILE PHOTO: Smoke billows from a freighter after a missile hit it off Yemen, March 3, 2024. REUTERS/File Photo",
            "FILE - Rescuers search the rubble of a block of flats in Dnipro, Jan. 15, 2023. (AP Photo/Jane Roe, File)",
            "Firefighters work at the site of a drone strike in Odesa. (AP Photo/John Doe)",
            "People walk past a damaged building in Khartoum on Sunday. REUTERS/Stringer",
            "A soldier stands guard at a checkpoint near Mogadishu. Photograph: Abdi Noor/AFP via Getty Images",
            "Smoke rises over the southern suburbs of Beirut (Photo by Jane Roe/Anadolu via Getty Images)",
            "Photo: A damaged tank on a road outside Kupiansk.",
            "Reporting by Jane Roe in Aden and John Doe in Dubai; Editing by Mark Smith",
            "Additional reporting by Jane Roe; Writing by John Doe",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Read more: Houthis say they hit another tanker in the Gulf of Aden",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "Advertisement"})
    void furnitureIsRemoved(String line) {
        assertTrue(FILTER.isFurniture(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Yemen's Houthi movement said on Tuesday it had fired missiles at a freighter in the Gulf of Aden.",
            "The photo, which Reuters could not verify, showed smoke over the port.",
            "Related fighting was reported in the villages east of the town, residents said.",
            "Reuters reporting showed the convoy had been hit twice.",
            "A file photo released by the army showed the drone before the launch.",
            "Editing the footage took days, the filmmaker said of the attack on the base."})
    void storyIsKept(String line) {
        assertFalse(FILTER.isFurniture(line), line);
    }

    @Test
    void aCaptionIsNotJoinedToTheNextSentenceAndIsGone() throws Exception {
        String text = """
                DUBAI, March 12 (Wire) - Yemen's Houthi movement said on Tuesday it had targeted a cargo ship in the Red Sea with missiles.
                FILE PHOTO: Smoke rises from a cargo ship after it was attacked in the Red Sea, February 20, 2024. REUTERS/File Photo
                There were no reports of damage, a maritime security firm said.
                Reporting by Jane Roe; Editing by John Doe""";
        String body = new ReportCleaner().apply(new RawReport("t.txt", null, null, "Ship targeted", null, text)).text();
        assertFalse(body.contains("FILE PHOTO"), body);
        assertFalse(body.contains("Editing by"), body);
        assertTrue(body.contains("There were no reports of damage"), body);
        assertEquals(2, body.split("\n\n").length, body);
    }
}
