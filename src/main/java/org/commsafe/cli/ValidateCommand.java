package org.commsafe.cli;

import java.util.concurrent.Callable;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file and print the fully resolved parameters.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Override
    public Integer call() {
        try {
            Scenario s = scenario.resolve();
            System.out.print(ScenarioWriter.toYaml(s));
            return Main.OK;
        } catch (ScenarioException e) {
            System.err.println("commsafe: error: " + e.describe());
            return Main.BAD_INPUT;
        }
    }
}
