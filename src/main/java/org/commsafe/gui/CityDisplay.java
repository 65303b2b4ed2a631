package org.commsafe.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/** MASON's Display2D with a redraw interval the GUI sets (every hour, day or week of simulated time). */
public final class CityDisplay extends Display2D {
    private static final long serialVersionUID = 1L;

    public CityDisplay(double width, double height, GUIState simulation) {
        super(width, height, simulation);
    }

    /** Redraws the city every {@code hours} simulated hours (1: every step). */
    public void redrawEvery(long hours) {
        if (hours <= 1) {
            updateRule = UPDATE_RULE_ALWAYS;
        } else {
            stepInterval = hours;
            updateRule = UPDATE_RULE_STEPS;
        }
    }

    /** Hours between redraws (1: every step). */
    public long redrawInterval() {
        return updateRule == UPDATE_RULE_STEPS ? stepInterval : 1;
    }
}
