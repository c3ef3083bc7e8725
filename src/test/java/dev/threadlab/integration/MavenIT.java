package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.maven.FixtureRepository;
import dev.threadlab.testing.Jupyter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class MavenIT {

    @TempDir
    Path home;

    @Test
    void librariesByCoordinatesThroughTheRealJupyterClient() throws IOException {
        Path remote = FixtureRepository.write(home.resolve("remote"));
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), """
                <settings><mirrors><mirror><id>fixture</id><url>%s</url><mirrorOf>*</mirrorOf></mirror></mirrors></settings>
                """.formatted(remote.toUri()));
        Jupyter jupyter = Jupyter.withThreadlabKernel();
        Jupyter.Run run = jupyter.run(List.of(jupyter.pythonPath().toString(), "-m", "unittest", "-v", "maven_checks"),
                Duration.ofMinutes(4), Map.of("HOME", home.toString()));
        assertEquals(0, run.exitCode(), "%maven checks failed; output above:\n" + run.failures());
        assertEquals(true, Files.isRegularFile(home.resolve(".m2/repository/dev/example/greeter/1.0/greeter-1.0.jar")),
                "the library went to the local repository under $HOME");
    }
}
