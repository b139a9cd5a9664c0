package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedParagraphFilterTest {
    private final RepeatedParagraphFilter filter = new RepeatedParagraphFilter();

    private static List<String> tenParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            paragraphs.add("Paragraph " + i + " tells of event number " + i + " in the valley, as witnesses "
                    + "described it to reporters on day " + i + ".");
        }
        return paragraphs;
    }

    @Test
    void reportRepeatingEightOfItsTenParagraphsKeepsTenAndCountsEight() {
        List<String> ten = tenParagraphs();
        List<String> input = new ArrayList<>(ten);
        input.addAll(ten.subList(1, 9));
        assertEquals(18, input.size());
        RepeatedParagraphFilter.Result result = filter.filter(input);
        assertEquals(ten, result.kept());
        assertEquals(8, result.removed());
    }

    @Test
    void repeatIsFoundWhateverItsCaseAndSpacing() {
        RepeatedParagraphFilter.Result result = filter.filter(List.of("Read more", "Guards fired back.",
                "READ   more", "guards fired back. "));
        assertEquals(List.of("Read more", "Guards fired back."), result.kept());
        assertEquals(2, result.removed());
    }

    @Test
    void nearRepeatWithOneWordChangedIsRemoved() {
        String first = "The militia said in a statement posted online that its fighters had launched two drones at "
                + "the airbase north of the city late on Thursday night and that both had hit their targets.";
        String second = first.replace("posted online", "posted  online,").replace("Thursday", "thursday")
                .replace("both", "each");
        RepeatedParagraphFilter.Result result = filter.filter(List.of(first, second));
        assertEquals(List.of(first), result.kept());
        assertEquals(1, result.removed());
    }

    @Test
    void paragraphContainedInAnEarlierOneIsRemoved() {
        String full = "Witnesses said the blast shattered windows along the main road. Ambulances took the wounded "
                + "to the city hospital, where doctors appealed for blood donations.";
        String teaser = "Witnesses said the blast shattered windows along the main road.";
        RepeatedParagraphFilter.Result result = filter.filter(List.of(full, "Another paragraph.", teaser));
        assertEquals(List.of(full, "Another paragraph."), result.kept());
        assertEquals(1, result.removed());
    }

    @Test
    void laterLongerParagraphTakesThePlaceOfAnEarlierOneItContains() {
        String teaser = "Witnesses said the blast shattered windows along the main road.";
        String full = teaser + " Ambulances took the wounded to the city hospital.";
        RepeatedParagraphFilter.Result result = filter.filter(List.of(teaser, "Another paragraph.", full));
        assertEquals(List.of(full, "Another paragraph."), result.kept());
        assertEquals(1, result.removed());
    }

    @Test
    void distinctParagraphsSharingWordingAreKept() {
        List<String> paragraphs = List.of(
                "On October 17, a drone attack targeted the air base in the west of the province.",
                "On October 19, a rocket attack targeted the air base in the north of the province.",
                "On October 21, a drone attack targeted the supply route in the west of the province.");
        RepeatedParagraphFilter.Result result = filter.filter(paragraphs);
        assertEquals(paragraphs, result.kept());
        assertEquals(0, result.removed());
    }

    @Test
    void shortParagraphsAreRemovedOnlyWhenExactlyRepeated() {
        List<String> paragraphs = List.of("He said no.", "She said no.", "They said no.");
        assertEquals(paragraphs, filter.filter(paragraphs).kept());
    }

    @Test
    void thresholdMustBeAboveZeroAndAtMostOne() {
        assertThrows(IllegalArgumentException.class, () -> new RepeatedParagraphFilter(0));
        assertThrows(IllegalArgumentException.class, () -> new RepeatedParagraphFilter(1.5));
        assertThrows(IllegalArgumentException.class, () -> new CleanConfig(Double.NaN));
    }
}
