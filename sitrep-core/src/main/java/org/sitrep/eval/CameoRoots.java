package org.sitrep.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EventType;

/**
 * Sitrep's event types and statement kinds as CAMEO root codes (Gerner et al. 2002, CAMEO 1.1b3), for scoring
 * against CAMEO-coded records. Each choice names the CAMEO code it comes from; a type with no fitting root has
 * none, and its events are left out of the comparison.
 */
public final class CameoRoots {
    private static final Map<EventType, String> EVENTS = new EnumMap<>(Map.ofEntries(
            // 195 "employ aerial weapons" is under 19 FIGHT.
            Map.entry(EventType.AIR_DRONE_STRIKE, "19"),
            // 194 "fight with artillery and tanks".
            Map.entry(EventType.SHELLING_MISSILE, "19"),
            // 1833 "carry out roadside bombing": unconventional violence is 18 ASSAULT.
            Map.entry(EventType.REMOTE_EXPLOSIVE, "18"),
            // 1831 "carry out suicide bombing".
            Map.entry(EventType.SUICIDE_BOMB, "18"),
            // 180 "use unconventional violence": a grenade thrown is not a battle between forces.
            Map.entry(EventType.GRENADE, "18"),
            // 190 "use conventional military force", 193 "fight with small arms and light weapons".
            Map.entry(EventType.ARMED_CLASH, "19"),
            // 182 "physically assault" (1823 "kill by physical assault"). 20 is for mass killings and ethnic
            // cleansing, which Sitrep does not tell apart from a single attack.
            Map.entry(EventType.ATTACK_ON_CIVILIANS, "18"),
            // 181 "abduct, hijack, or take hostage".
            Map.entry(EventType.ABDUCTION, "18"),
            // 173 "arrest, detain, or charge with legal action" is under 17 COERCE.
            Map.entry(EventType.ARREST, "17"),
            // An interception (a drone shot down) is a use of conventional military force, 190.
            Map.entry(EventType.DISRUPTED_WEAPONS_USE, "19"),
            // 057 "sign formal agreement" is under 05 ENGAGE IN DIPLOMATIC COOPERATION.
            Map.entry(EventType.AGREEMENT, "05"),
            // 141 "demonstrate or rally".
            Map.entry(EventType.PEACEFUL_PROTEST, "14"),
            // A protest the police break up is still 14 from the crowd's side.
            Map.entry(EventType.PROTEST_WITH_INTERVENTION, "14"),
            // 145 "protest violently, riot".
            Map.entry(EventType.VIOLENT_DEMONSTRATION, "14"),
            // Also 145: CAMEO codes rioting crowds as protest whoever they hurt.
            Map.entry(EventType.MOB_VIOLENCE, "14")));
    // CHANGE_TO_GROUP (a group's own change of activity or headquarters) has no CAMEO counterpart.

    /** Statement kinds as StatementFinder writes them (PLOVER names), with their CAMEO roots. */
    private static final Map<String, String> STATEMENTS = Map.of(
            // 112 "accuse" is under 11 DISAPPROVE.
            "ACCUSE", "11",
            // 10 DEMAND (urge, call on, demand).
            "DEMAND", "10",
            // 111 "criticize or denounce" (condemn, deplore, "unacceptable").
            "DISAPPROVE", "11",
            // 13 THREATEN (threaten, warn, vow).
            "THREATEN", "13",
            // Sitrep's denials are of involvement ("denied involvement"): 016 "deny responsibility", under 01
            // MAKE PUBLIC STATEMENT, not 12 REJECT, which is for proposals and demands.
            "DENY", "01");

    /** Every root Sitrep can code: gold codings with another root are out of its reach. */
    public java.util.Set<String> roots() {
        java.util.Set<String> out = new java.util.TreeSet<>(EVENTS.values());
        out.addAll(STATEMENTS.values());
        return out;
    }

    public Optional<String> root(EventType type) {
        return Optional.ofNullable(EVENTS.get(type));
    }

    public Optional<String> root(String statementKind) {
        return Optional.ofNullable(STATEMENTS.get(statementKind));
    }
}
