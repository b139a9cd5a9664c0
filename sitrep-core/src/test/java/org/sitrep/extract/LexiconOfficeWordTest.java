package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconOfficeWordTest {
    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void localAuthoritiesAreAnOfficialSource() {
        // The local government speaks as an official source; "local" alone still marks a third party.
        assertFalse(lexicon.isUnofficialPhrase("local authorities"));
        assertFalse(lexicon.isUnofficialPhrase("the civil authority"));
        assertTrue(lexicon.isUnofficialPhrase("local residents"));
        assertTrue(lexicon.isUnofficialPhrase("local officials"));
    }

    @Test
    void notesAfterAStatementEndItsText() {
        assertTrue(lexicon.endsStatementText("Notes: the government did not respond."));
        assertTrue(lexicon.opensStatementText("Statement issued by the general command of the movement:"));
        assertFalse(lexicon.endsStatementText("Notebooks were found in the house."));
    }
}
