package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineRejoinerTest {
    private final LineRejoiner rejoiner = new LineRejoiner();

    @Test
    void lineBrokenBeforeQuotedContinuationIsRejoined() {
        String broken = "The United States carried out strikes against pro-Iran militia groups in eastern Syria in\n"
                + "\"response to a series of ongoing ... attacks\" targeting American troops, US Defense Secretary "
                + "Lloyd Austin said in a statement.";
        assertEquals(List.of(broken.replace('\n', ' ')), rejoiner.paragraphs(broken));
    }

    @Test
    void lineEndingWithPrepositionArticleOrConjunctionIsJoined() {
        assertEquals(List.of("Shells fell on the Market district on Tuesday."),
                rejoiner.paragraphs("Shells fell on the\nMarket district on Tuesday."));
        assertEquals(List.of("Two soldiers and Three civilians were hurt."),
                rejoiner.paragraphs("Two soldiers and\nThree civilians were hurt."));
    }

    @Test
    void nextLineStartingInLowerCaseIsJoined() {
        assertEquals(List.of("A rocket hit the depot overnight, officials said."),
                rejoiner.paragraphs("A rocket hit the depot\novernight, officials said."));
        assertEquals(List.of("He called it (quote) 'a crime', and left."),
                rejoiner.paragraphs("He called it (quote)\n'a crime', and left."));
    }

    @Test
    void linesThatEachEndASentenceStayApart() {
        assertEquals(List.of("The convoy was hit.", "Nobody claimed it!", "Was it a drone?", "Officials said:",
                        "\"We will respond.\""),
                rejoiner.paragraphs("The convoy was hit.\nNobody claimed it!\nWas it a drone?\nOfficials said:\n"
                        + "\"We will respond.\""));
    }

    @Test
    void shortTitleLineIsNotJoinedToTheBody() {
        assertEquals(List.of("Drone hits fuel depot", "A drone struck a fuel depot on Monday."),
                rejoiner.paragraphs("Drone hits fuel depot\nA drone struck a fuel depot on Monday."));
    }

    @Test
    void longTitleCaseLineIsNotJoinedToTheBody() {
        assertEquals(List.of("Militia Says It Launched Drones At Two Bases In The North Overnight",
                        "The group said the attacks were a warning."),
                rejoiner.paragraphs("Militia Says It Launched Drones At Two Bases In The North Overnight\n"
                        + "The group said the attacks were a warning."));
    }

    @Test
    void longWrappedLineBeforeCapitalisedWordIsJoined() {
        assertEquals(List.of("The statement was read out on state television by a spokesman named Karim Haddad, "
                        + "who gave no further details."),
                rejoiner.paragraphs("The statement was read out on state television by a spokesman named\n"
                        + "Karim Haddad, who gave no further details."));
    }

    @Test
    void longLineIsNotJoinedToALineOpeningWithAnAllCapsWord() {
        assertEquals(List.of("Reports of an overnight attack on a depot in the southern province",
                        "BASRA (Wire) - Officials said on Monday that a depot was hit."),
                rejoiner.paragraphs("Reports of an overnight attack on a depot in the southern province\n"
                        + "BASRA (Wire) - Officials said on Monday that a depot was hit."));
    }

    @Test
    void blankLineAlwaysEndsAParagraph() {
        assertEquals(List.of("Shells fell on the", "market on Tuesday."),
                rejoiner.paragraphs("Shells fell on the\n\n  \nmarket on Tuesday.\n\n"));
    }

    @Test
    void wordBrokenAtItsHyphenIsJoinedWithoutSpaceButADashKeepsIt() {
        assertEquals(List.of("The pro-Iran group said it fired rockets."),
                rejoiner.paragraphs("The pro-\nIran group said it fired rockets."));
        assertEquals(List.of("ERBIL - A drone was shot down."),
                rejoiner.paragraphs("ERBIL -\nA drone was shot down."));
    }

    @Test
    void listItemsStayApart() {
        assertEquals(List.of("Those killed in the strikes on the three towns in the valley include,",
                        "- two farmers", "- a teacher"),
                rejoiner.paragraphs("Those killed in the strikes on the three towns in the valley include,\n"
                        + "- two farmers\n- a teacher"));
    }

    @Test
    void abbreviationAtLineEndIsJoinedToALowerCaseLine() {
        assertEquals(List.of("Officials in the U.S. military said the base was hit."),
                rejoiner.paragraphs("Officials in the U.S.\nmilitary said the base was hit."));
        assertEquals(List.of("It ended in the U.S.", "Talks resumed later."),
                rejoiner.paragraphs("It ended in the U.S.\nTalks resumed later."));
    }

    @Test
    void closingQuoteFollowedByLowerCaseIsJoined() {
        assertEquals(List.of("\"We hit the target,\" the group said."),
                rejoiner.paragraphs("\"We hit the target,\"\nthe group said."));
    }
}
