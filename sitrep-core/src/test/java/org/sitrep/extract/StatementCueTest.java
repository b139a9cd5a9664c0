package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * How far apart two words of a split statement cue may hang in the parse, and the parse conditions of the cues in
 * statement-cues.tsv, on hand-built parses.
 */
class StatementCueTest {
    private static final Lexicon LEXICON = Lexicon.bundled();

    private static Lexicon.StatementCue cue(String phrase, String type) {
        return LEXICON.statementCueList().stream().filter(c -> c.phrase().equals(phrase) && c.type().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no cue " + phrase + " " + type));
    }

    private static boolean holds(Parse p, int at, String phrase, String type) {
        return StatementFinder.holds(p, at, cue(phrase, type), LEXICON);
    }

    @Test
    void rejectingAnOfferIsARejectionAndRejectingAClaimADenial() {
        Parse offer = parse("army/NN/1/nsubj", "rejected/VBD/-1/root/reject", "the/DT/3/det", "offer/NN/1/obj");
        assertTrue(holds(offer, 1, "reject", "REJECT"));
        assertFalse(holds(offer, 1, "reject", "DENY"));
        Parse claim = parse("group/NN/1/nsubj", "rejected/VBD/-1/root/reject", "the/DT/3/det", "claim/NN/1/obj");
        assertTrue(holds(claim, 1, "reject", "DENY"));
        assertFalse(holds(claim, 1, "reject", "REJECT"));
    }

    @Test
    void aWarningHasItsClauseWhereTheParserHangsItLooseAfterTheObject() {
        // "The militia warned drivers that any lorry would be seized": a "that" clause hung on the verb as "dep".
        Parse onVerb = parse("militia/NN/1/nsubj", "warned/VBD/-1/root/warn", "drivers/NNS/1/obj/driver",
                "that/WDT/7/dep", "any/DT/5/det", "lorry/NN/7/nsubj:pass", "would/MD/7/aux", "seized/VBN/1/dep/seize");
        assertTrue(holds(onVerb, 1, "warn", "THREATEN"));
        // The same clause hung on the object.
        Parse onObject = parse("militia/NN/1/nsubj", "warned/VBD/-1/root/warn", "drivers/NNS/1/obj/driver",
                "that/WDT/7/dep", "any/DT/5/det", "lorry/NN/7/nsubj:pass", "would/MD/7/aux", "seized/VBN/2/ccomp/seize");
        assertTrue(holds(onObject, 1, "warn", "THREATEN"));
        // "warned drivers on the road": no clause, no threat.
        Parse noClause = parse("militia/NN/1/nsubj", "warned/VBD/-1/root/warn", "drivers/NNS/1/obj/driver",
                "on/IN/5/case", "the/DT/5/det", "road/NN/1/obl:on");
        assertFalse(holds(noClause, 1, "warn", "THREATEN"));
    }

    @Test
    void agreeingNeedsAnInfinitiveOrADealNotADay() {
        Parse toWithdraw = parse("Russia/NNP/1/nsubj", "agreed/VBD/-1/root/agree", "to/TO/3/mark", "withdraw/VB/1/xcomp");
        assertTrue(holds(toWithdraw, 1, "agree", "AGREE"));
        Parse onMonday = parse("They/PRP/1/nsubj", "agreed/VBD/-1/root/agree", "Monday/NNP/1/obl:tmod");
        assertFalse(holds(onMonday, 1, "agree", "AGREE"));
        Parse toCeasefire = parse("Hamas/NNP/1/nsubj", "agreed/VBD/-1/root/agree", "to/TO/4/case", "a/DT/4/det",
                "ceasefire/NN/1/obl:to");
        assertTrue(StatementFinder.holds(toCeasefire, 1, LEXICON.statementCueList().stream()
                .filter(c -> c.phrase().equals("agree") && c.needs().contains(Lexicon.Needs.OBJECT)).findFirst()
                .orElseThrow(), LEXICON));
    }

    @Test
    void mustIsADemandOnlyWhenSomeoneSaysAnotherPartyMust() {
        Parse reported = parse("Shapps/NNP/1/nsubj", "said/VBD/-1/root/say", "the/DT/3/det", "Houthis/NNPS/5/nsubj/houthi",
                "must/MD/5/aux", "stop/VB/1/ccomp");
        assertTrue(holds(reported, 4, "must", "DEMAND"));
        Parse ownDuty = parse("Shapps/NNP/1/nsubj", "said/VBD/-1/root/say", "we/PRP/4/nsubj", "must/MD/4/aux",
                "act/VB/1/ccomp");
        assertFalse(holds(ownDuty, 3, "must", "DEMAND"));
        Parse plain = parse("Ships/NNS/2/nsubj", "must/MD/2/aux", "stop/VB/-1/root");
        assertFalse(holds(plain, 1, "must", "DEMAND"));
    }

    @Test
    void aClaimCalledFalseIsADenialAFalseAlarmIsNot() {
        Parse claim = parse("the/DT/1/det", "claim/NN/3/nsubj", "was/VBD/3/cop", "false/JJ/-1/root");
        assertTrue(holds(claim, 3, "false", "DENY"));
        Parse alarm = parse("the/DT/1/det", "alarm/NN/3/nsubj", "was/VBD/3/cop", "false/JJ/-1/root");
        assertFalse(holds(alarm, 3, "false", "DENY"));
    }

    @Test
    void haltedAttacksAreARetreatWhenAnnouncedNotWhenToldAsAFact() {
        Parse announced = parse("group/NN/1/nsubj", "announced/VBD/-1/root/announce", "it/PRP/4/nsubj", "was/VBD/4/aux",
                "suspending/VBG/1/ccomp/suspend", "attacks/NNS/4/obj/attack");
        assertTrue(holds(announced, 4, "suspend", "RETREAT"));
        Parse told = parse("Houthis/NNPS/1/nsubj", "halted/VBD/-1/root/halt", "their/PRP$/3/nmod:poss", "attacks/NNS/1/obj/attack");
        assertFalse(holds(told, 1, "halt", "RETREAT"));
    }

    @Test
    void everyTypeTheGoldUsesHasCues() {
        java.util.Set<String> types = new java.util.HashSet<>();
        for (Lexicon.StatementCue c : LEXICON.statementCueList()) types.add(c.type());
        assertEquals(java.util.Set.of("ACCUSE", "DEMAND", "APPEAL", "DISAPPROVE", "THREATEN", "DENY", "REJECT",
                "AGREE", "RETREAT"), types);
    }
    @Test
    void aHaltDemandedOfAnotherIsNoRetreat() {
        Parse announced = parse("RSF/NNP/1/nsubj", "said/VBD/-1/root/say", "it/PRP/3/nsubj", "halted/VBD/1/ccomp/halt",
                "its/PRP$/5/nmod:poss", "offensive/NN/3/obj");
        assertTrue(holds(announced, 3, "halt", "RETREAT"));
        Parse demanded = parse("Jordan/NNP/1/nsubj", "demanded/VBD/-1/root/demand", "Israel/NNP/3/nsubj", "halt/VB/1/ccomp",
                "settler/NN/5/compound", "attacks/NNS/3/obj/attack");
        assertFalse(holds(demanded, 3, "halt", "RETREAT"));
    }

    /** words[i] is "word/tag/head/relation" or "word/tag/head/relation/lemma"; head -1 is the root. */
    private static Parse parse(String... words) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String[] w = words[i].split("/");
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(w[0]);
            tokens.add(new Token(i, w[0], w.length > 4 ? w[4] : w[0].toLowerCase(), w[1], "O", start, text.length()));
            deps.add(new Dependency(Integer.parseInt(w[2]), i, w[3]));
        }
        return new Parse(new Sentence(0, 0, 0, text.length(), text.toString(), tokens, deps));
    }

    @Test
    void callOnItsObjectIsTwoStepsAway() {
        // "Governor called on Baghdad": on -> Baghdad -> called.
        Parse p = parse("Governor/NNP/1/nsubj", "called/VBD/-1/root", "on/IN/3/case", "Baghdad/NNP/1/obl:on");
        assertEquals(2, StatementFinder.treeDistance(p, 1, 2));
    }

    @Test
    void onInsideTheObjectIsTooFar() {
        // "condemned what he called a cowardly attack on recruits": on -> recruits -> attack -> called.
        Parse p = parse("he/PRP/1/nsubj", "called/VBD/-1/root", "a/DT/3/det", "attack/NN/1/obj", "on/IN/5/case",
                "recruits/NNS/3/nmod:on");
        assertTrue(StatementFinder.treeDistance(p, 1, 4) > 2);
    }

    @Test
    void heldResponsibleIsOneStep() {
        Parse p = parse("we/PRP/1/nsubj", "hold/VBP/-1/root", "Iran/NNP/3/nsubj", "responsible/JJ/1/xcomp");
        assertEquals(1, StatementFinder.treeDistance(p, 1, 3));
    }
}
