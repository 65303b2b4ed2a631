package org.commsafe.model;

/** The city's edges (ODD "space"). */
public enum Geometry {
    /** The grid wraps around in both directions: no community sits at an edge. */
    TORUS,
    /** A bounded grid: edge and corner communities have fewer neighbours. */
    BOUNDED
}
