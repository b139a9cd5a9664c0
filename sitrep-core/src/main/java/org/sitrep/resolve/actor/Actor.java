package org.sitrep.resolve.actor;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An actor of the registry: a state force, government, armed group, organisation, or a generic description. */
public record Actor(String id, String name, Type type, @Nullable String country, @Nullable String affiliation,
                    @Nullable String umbrella, List<String> aliases) {
    public enum Type {
        STATE_MILITARY, GOVERNMENT, COUNTRY, MILITIA, REBEL, TERRORIST, IGO, NGO, CIVILIANS, PROTESTERS, MEDIA, GENERIC;

        static Type parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Actor {
        aliases = List.copyOf(aliases);
    }

    public boolean isGeneric() { return type == Type.GENERIC; }

    /** Non-state armed groups speak for themselves: their word about their own attack is a claim. */
    public boolean isArmedGroup() {
        return type == Type.MILITIA || type == Type.REBEL || type == Type.TERRORIST;
    }

    public boolean isState() {
        return type == Type.STATE_MILITARY || type == Type.GOVERNMENT || type == Type.COUNTRY;
    }
}
