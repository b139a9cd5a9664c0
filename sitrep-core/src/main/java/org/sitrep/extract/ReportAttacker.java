package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.actor.ActorResolver;

/**
 * The side an analyst reads from the whole report rather than the sentence: "a drone struck the base before dawn"
 * in a report whose other attacks, or whose later claim, are one armed group's is that group's attack. Read once
 * the report is done, so a claim or attack told later counts too. A report that names two armed groups attacking
 * attributes nothing this way. Stateless.
 */
final class ReportAttacker {
    private final ActorResolver actors;
    private final ActorRegistry registry;

    ReportAttacker(ActorResolver actors, ActorRegistry registry) {
        this.actors = actors;
        this.registry = registry;
    }

    /** The mentions with an unnamed or generic attacker given the report's one attacking armed group. */
    List<EventMention> fill(List<EventMention> mentions, List<Sentence> sentences) {
        Actor group = soleGroup(mentions);
        // "Militants ambushed a convoy near Arbinda ... The area has seen repeated attacks by JNIM": with no group
        // told attacking, the one armed group the report names at all, unless it is a side hit.
        boolean anywhere = group == null;
        if (anywhere) group = soleNamed(sentences, s -> true);
        if (group == null) return mentions;
        for (EventMention m : mentions) if (anywhere && m.actor2() != null && m.actor2().id().equals(group.id())) return mentions;
        // "Fighting between the M23 and the army ... Bombs fell on the camps": where the sentences telling events
        // name another armed group, the report tells of more than one side that could have attacked.
        Set<Integer> told = new HashSet<>();
        for (EventMention m : mentions) told.add(m.sentence());
        Actor sole = group;
        for (Sentence s : sentences) {
            if (!told.contains(s.index())) continue;
            for (Actor a : armedGroupsNamed(s)) if (!same(a, sole)) return mentions;
        }
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) out.add(attributable(m, group, mentions, anywhere) ? m.retyped(m.type(), group, m.actor2(), List.of()) : m);
        return out;
    }

    private static boolean attributable(EventMention m, Actor group, List<EventMention> all, boolean anywhere) {
        if (m.actor1() != null && !m.actor1().isGeneric()) return false;
        // A group only named, not told attacking, stands for "militants" or "gunmen" the report tells of, not for a
        // weapon that struck with no one named ("a missile landed near the ship", "rockets hit the embassy").
        if (anywhere && m.actor1() == null) return false;
        if (ProtestRules.isProtest(m.type()) || !m.type().isViolence()) return false;
        // The group hit is not the one attacking; a state denying or blamed is not in play here either.
        if (m.actor2() != null && (m.actor2().id().equals(group.id()) || m.actor2().isArmedGroup())) return false;
        // Armed groups fly no jets: a strike from aircraft with no attacker named is not theirs.
        if ("airstrike".equals(m.weapon()) || "guided aerial bomb".equals(m.weapon())) return false;
        // "Israeli jets struck Nabatieh ... rockets hit Kiryat Shmona": where a state attacks with the same kind
        // of weapon in the report, the unattributed one may be either side's.
        for (EventMention o : all) {
            if (o != m && o.actor1() != null && o.actor1().isState() && o.type() == m.type()) return false;
        }
        return true;
    }

    private boolean same(Actor a, Actor group) {
        return a.id().equals(group.id()) || actors.asCombatant(a).id().equals(group.id());
    }

    /** The one armed group the sentences taken name, or null if none or several. */
    private @Nullable Actor soleNamed(List<Sentence> sentences, java.util.function.Predicate<Sentence> taken) {
        Actor one = null;
        for (Sentence s : sentences) {
            if (!taken.test(s)) continue;
            for (Actor a : armedGroupsNamed(s)) {
                if (one == null) one = actors.asCombatant(a);
                else if (!same(a, one)) return null;
            }
        }
        return one;
    }

    /** Armed groups a sentence names by a capitalised name of the registry. */
    private List<Actor> armedGroupsNamed(Sentence s) {
        List<Actor> out = new ArrayList<>();
        for (List<Actor> found : RegistryNames.in(registry, s)) for (Actor a : found) if (a.isArmedGroup()) out.add(a);
        return out;
    }

    /** The one armed group the report tells attacking or claiming an attack, or null if none or several. */
    private @Nullable Actor soleGroup(List<EventMention> mentions) {
        Map<String, Actor> groups = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            if (m.actor1() != null && m.actor1().isArmedGroup()) groups.put(m.actor1().id(), m.actor1());
            for (Claim c : m.claims()) {
                if (c.kind() != ClaimKind.CLAIM || c.byId() == null) continue;
                Actor a = actors.actor(c.byId()).orElse(null);
                if (a != null && a.isArmedGroup()) groups.put(a.id(), actors.asCombatant(a));
            }
        }
        return groups.size() == 1 ? groups.values().iterator().next() : null;
    }
}
