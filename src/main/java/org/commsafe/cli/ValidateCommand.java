package org.commsafe.cli;

import java.util.concurrent.Callable;
import org.commsafe.scenario.Scenario;
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
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        System.out.print(ScenarioWriter.toYaml(s));
        return Main.OK;
    }
}
