package org.commsafe.model;

/** How public cameras are placed (seed section 5: "technical defence ... badly laid out"). */
public enum CameraLayout {
    /** No public cameras at all, whatever the count. */
    NONE,
    /** Uniformly at random among buildings: placement that ignores where crime is. */
    RANDOM,
    /** On an even lattice over the city. */
    UNIFORM,
    /** At the buildings with the most crime during burn-in ("placed where crime is"). */
    HOTSPOT,
    /** On community perimeters (compound gates and entrances). */
    ENTRANCES
}
