package org.sitrep.model;

/**
 * ACLED sub-event types Sitrep codes, each with its ACLED event type and the closest PLOVER type and mode.
 * The family (the ACLED event type) is what scorers and the merger compare first.
 */
public enum EventType {
    AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike", "ASSAULT", "aerial"),
    SHELLING_MISSILE("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", "explosion"),
    REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosion"),
    SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb", "ASSAULT", "explosion"),
    GRENADE("Explosions/Remote violence", "Grenade", "ASSAULT", "explosion"),
    ARMED_CLASH("Battles", "Armed clash", "FIGHT", "firearms"),
    ATTACK_ON_CIVILIANS("Violence against civilians", "Attack", "ASSAULT", "firearms"),
    ABDUCTION("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct"),
    ARREST("Strategic developments", "Arrests", "COERCE", "arrest"),
    DISRUPTED_WEAPONS_USE("Strategic developments", "Disrupted weapons use", "FIGHT", "intercept"),
    AGREEMENT("Strategic developments", "Agreement", "AGREE", null),
    CHANGE_TO_GROUP("Strategic developments", "Change to group/activity", "CHANGE", null),
    PEACEFUL_PROTEST("Protests", "Peaceful protest", "PROTEST", "demonstrate"),
    PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention", "PROTEST", "demonstrate"),
    VIOLENT_DEMONSTRATION("Riots", "Violent demonstration", "PROTEST", "riot"),
    MOB_VIOLENCE("Riots", "Mob violence", "ASSAULT", "riot");

    private final String family;
    private final String label;
    private final String plover;
    private final String ploverMode;

    EventType(String family, String label, String plover, String ploverMode) {
        this.family = family;
        this.label = label;
        this.plover = plover;
        this.ploverMode = ploverMode;
    }

    /** ACLED event type, e.g. "Explosions/Remote violence". */
    public String family() { return family; }

    /**
     * Whether the type is organised violence (battles, explosions and remote violence, violence against civilians):
     * one short clause ("killed in an attack", "carried out its deadliest attack") may tell any of these for an event
     * a longer passage types otherwise.
     */
    public boolean isViolence() {
        return family.equals("Battles") || family.equals("Explosions/Remote violence")
                || family.equals("Violence against civilians");
    }

    /** ACLED sub-event type, e.g. "Air/drone strike". */
    public String label() { return label; }

    public String plover() { return plover; }

    /** PLOVER mode, or null where none fits. */
    public String ploverMode() { return ploverMode; }

    /** The type whose ACLED sub-event label is {@code label}, case-insensitive. */
    public static EventType fromLabel(String label) {
        for (EventType t : values()) if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) return t;
        throw new IllegalArgumentException("unknown event type: " + label);
    }
}
