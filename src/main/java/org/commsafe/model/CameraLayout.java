package org.commsafe.model;

/** How public cameras are placed (seed section 5: "technical defence ... badly laid out"). */
public enum CameraLayout {
    /** No public cameras at all, whatever the count. */
    NONE,
    /** Uniformly at random among buildings: placement that ignores where crime is. */
    RANDOM,
    /** On an even lattice over the city. */
    UNIFORM,
    /**
     * At the buildings with the most recorded spatial crime (reported burglaries and vehicle
     * thefts) during the burn-in: "placed where crime is", as far as the police can see it.
     * Needs at least {@link org.commsafe.model.process.CameraPlacement#MIN_HOTSPOT_HISTORY_DAYS}
     * days of burn-in (scenarios with less are refused).
     */
    HOTSPOT,
    /** On community perimeters (compound gates and entrances). */
    ENTRANCES
}
