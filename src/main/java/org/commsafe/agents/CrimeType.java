package org.commsafe.agents;

/** The crimes of seed section 4 whose success can hinge on residents' self-protection. */
public enum CrimeType {
    /** Spatial; walk-in through an unlocked door is awareness-related, forced entry is not. */
    BURGLARY,
    /** Spatial; theft of a carelessly parked vehicle or bicycle is awareness-related. */
    VEHICLE_THEFT,
    /** Non-spatial; falling for a scam is always awareness-related. */
    FRAUD
}
