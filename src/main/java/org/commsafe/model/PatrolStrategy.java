package org.commsafe.model;

/**
 * How an officer spends a patrol hour (ODD submodel "officer day"): a beat walk between
 * neighbouring buildings, short stops at the beat's buildings with the most recorded crime
 * (Koper 1995), or door-to-door household visits.
 */
public enum PatrolStrategy {
    /** Walks from building to a neighbouring building of the beat, passing several an hour. */
    RANDOM_WALK,
    /** Short stops at the beat's buildings with the most recorded spatial crime, with residual deterrence. */
    HOTSPOT,
    /** Door-to-door household visits: conversations with few households an hour. */
    DOOR_TO_DOOR
}
