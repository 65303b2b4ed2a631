package org.commsafe.model.process;

import org.commsafe.model.Parameters;

/** A submodel of the ODD. Reads its levers from the parameters it was last given, so live changes (GUI) reach it. */
public interface Process {
    /** From now on, act with these parameters (levers read only at build keep their build-time values). */
    void use(Parameters p);
}
