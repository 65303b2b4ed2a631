package org.commsafe.experiment;

import java.util.Map;
import org.commsafe.model.Parameters;

/** One point of an experiment's design: a name, the factor values that define it, its parameters. */
public record DesignPoint(int index, String name, Map<String, String> factors, Parameters parameters) {
}
