package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnicodeNormaliserTest {
    private final UnicodeNormaliser normaliser = new UnicodeNormaliser();

    @Test
    void curlyQuotesAndPrimesBecomeStraightQuotes() {
        assertEquals("\"It's over,\" he said. 'Fine' 5' \"x\" \"y\"",
                normaliser.normalise("\u201cIt\u2019s over,\u201d he said. \u2018Fine\u2019 5\u2032 \u00abx\u00bb \u201ey\u201f"));
    }

    @Test
    void dashesBecomeHyphensAndEmDashSeparatesWithSpaces() {
        assertEquals("2010-2012, -5 degrees, the base - the third this week - was hit",
                normaliser.normalise("2010\u20132012, \u22125 degrees, the base\u2014the third this week \u2014 was hit"));
        assertEquals("pro-Iran a - b", normaliser.normalise("pro\u2011Iran a\u2015b"));
    }

    @Test
    void unicodeSpacesBecomePlainSpacesAndRunsCollapse() {
        assertEquals("one two three four", normaliser.normalise("one\u00a0two\u2009\u2009three   \u3000four"));
    }

    @Test
    void spacesAtLineStartAndEndAreRemoved() {
        assertEquals("first\nsecond", normaliser.normalise("  first  \n \u00a0second "));
    }

    @Test
    void zeroWidthFormatAndControlCharactersAreRemovedButNewlinesAndTabsStay() {
        assertEquals("Mosul\tdrone\nstrike", normaliser.normalise(
                "Mo\u200bsul\u00ad\t\ufeffdrone\u0007\n\u200e\u2060str\u0000ike"));
    }

    @Test
    void lineBreaksOfEveryKindBecomeLf() {
        assertEquals("a\nb\nc\nd\ne", normaliser.normalise("a\r\nb\rc\u2028d\u000ce"));
    }

    @Test
    void compatibilityFormsAreComposed() {
        assertEquals("field 12 wait...", normaliser.normalise("\ufb01eld \uff11\uff12 wait\u2026"));
    }

    @Test
    void unpairedSurrogateIsRemoved() {
        assertEquals("ab", normaliser.normalise("a\ud800b"));
    }

    @Test
    void plainTextIsUnchanged() {
        String text = "Officials said 3 people were hurt.\n\nNo group claimed the attack.";
        assertEquals(text, normaliser.normalise(text));
    }
}
