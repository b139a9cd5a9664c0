package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinHashDetectorTest {
    static final String WIRE = "BAGHDAD (Reuters) - Two drones targeted Ain al-Asad air base in western Iraq on Thursday, "
            + "a U.S. military official said, the latest in a string of attacks on bases hosting American troops. "
            + "One drone was shot down and the second hit an empty hangar, causing minor damage and no casualties, the "
            + "official said on condition of anonymity. The Islamic Resistance in Iraq, an umbrella of Iran-backed "
            + "militias, claimed the attack in a statement on Telegram. U.S. forces in Iraq and Syria have been "
            + "attacked at least 16 times since October 17, the Pentagon said earlier this week.";
    /** The same story as an outlet runs it: new headline and lead, a sentence cut, small wording edits, a closing line. */
    static final String REWRITE = "Drone attack on Ain al-Asad base\n"
            + "Two drones targeted Ain al-Asad air base in western Iraq on Thursday, a US military official told Reuters, "
            + "the latest in a string of attacks on bases that host American troops. One drone was shot down and the "
            + "second hit an empty hangar, causing minor damage and no casualties, the official said on condition of "
            + "anonymity. The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed the attack "
            + "in a statement on Telegram. Our correspondent in Anbar could not confirm the damage.";
    /** Another story on the same topic, told in other words. */
    static final String OTHER = "ERBIL - A rocket struck near Erbil airport late on Wednesday, Kurdish officials said, in "
            + "another attack on a base hosting American troops in Iraq. No one was hurt. The Islamic Resistance in Iraq "
            + "said it had fired at the base with drones, and U.S. officials said forces in Iraq and Syria had faced more "
            + "than a dozen attacks since mid-October. Iran-backed militias have vowed to keep up the pressure.";

    private final MinHashDetector detector = MinHashDetector.defaults();

    @Test
    void wireCopyAndItsRewriteAreNearDuplicates() {
        Fingerprint a = detector.fingerprint(WIRE), b = detector.fingerprint(REWRITE);
        assertTrue(detector.nearDuplicates(a, b), "similarity " + detector.similarity(a, b));
        assertEquals(1.0, detector.similarity(a, detector.fingerprint(WIRE.toUpperCase(java.util.Locale.ROOT))));
    }

    @Test
    void twoStoriesOnOneTopicAreNot() {
        Fingerprint a = detector.fingerprint(WIRE), c = detector.fingerprint(OTHER);
        assertFalse(detector.nearDuplicates(a, c), "similarity " + detector.similarity(a, c));
        assertTrue(detector.similarity(a, c) < 0.2);
    }

    @Test
    void similarityEstimatesJaccardOfShingles() {
        var sa = detector.shingles(WIRE);
        var sb = detector.shingles(REWRITE);
        long common = sa.stream().filter(sb::contains).count();
        double jaccard = (double) common / (sa.size() + sb.size() - common);
        double estimate = detector.similarity(detector.fingerprint(WIRE), detector.fingerprint(REWRITE));
        assertEquals(jaccard, estimate, 0.15); // 128 hashes: standard error about 0.045
    }

    @Test
    void emptyTextDuplicatesNothing() {
        Fingerprint empty = detector.fingerprint(" ... ");
        assertEquals(0, empty.shingles());
        assertFalse(detector.nearDuplicates(empty, detector.fingerprint(" ... ")));
        assertEquals(0, detector.bucketKeys(empty).length);
    }

    @Test
    void indexLinksTwentyCopiesToOneSource() {
        DuplicateIndex index = new DuplicateIndex(detector);
        assertEquals(Optional.empty(), index.add("wire", WIRE).source());
        index.add("other", OTHER);
        for (int i = 0; i < 20; i++) {
            String outletCopy = "Outlet " + i + " reports:\n" + (i % 2 == 0 ? WIRE : REWRITE) + "\n(c) Outlet " + i;
            assertEquals(Optional.of("wire"), index.add("copy" + i, outletCopy).source());
        }
        Map<String, List<String>> bySource = index.copiesBySource();
        assertEquals(20, bySource.get("wire").size());
        assertEquals(List.of(), bySource.get("other"));
    }

    @Test
    void badOptionsFailAtConstruction() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new MinHashDetector(100, 32, 3, 0.5, 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new MinHashDetector(128, 32, 3, 0, 1));
    }
}
