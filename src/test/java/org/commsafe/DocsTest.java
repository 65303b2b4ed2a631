package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.commsafe.cli.ColumnsCommand;
import org.commsafe.cli.ParamsCommand;
import org.commsafe.model.ParameterSpace;
import org.junit.jupiter.api.Test;

/** The generated documentation tables match the code (refresh with: bash .ci/refresh-docs). */
class DocsTest {
    @Test
    void readmeDocumentsEveryColumn() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(ColumnsCommand.markdown()), "README column tables are stale: run bash .ci/refresh-docs");
        assertTrue(readme.contains("./commsafe run scenarios/baseline.yaml"));
        assertTrue(readme.contains("mvn -B verify"));
    }

    @Test
    void oddTracesEveryParameter() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        assertTrue(odd.contains(ParamsCommand.markdownTable()), "ODD parameter table is stale: run bash .ci/refresh-docs");
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            assertTrue(odd.contains("`" + s.key() + "`"), s.key());
        }
    }
}
