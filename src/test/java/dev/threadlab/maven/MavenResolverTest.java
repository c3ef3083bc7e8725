package dev.threadlab.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution against a repository on disk that mirrors everything, so no test goes to the network. */
final class MavenResolverTest {

    @TempDir
    static Path remote;
    @TempDir
    Path local;

    @BeforeAll
    static void writeRepository() {
        FixtureRepository.write(remote);
    }

    private MavenResolver resolver(String mirrorUrl, boolean offline) {
        MavenSettings settings = new MavenSettings(local, offline,
                List.of(new MavenSettings.Mirror("fixture", mirrorUrl, "*")), List.of());
        return new MavenResolver(() -> settings);
    }

    private MavenResolver resolver() {
        return resolver(remote.toUri().toString(), false);
    }

    @Test
    void anArtifactComesWithItsDependenciesInClassPathOrder() throws Exception {
        List<String> progress = new ArrayList<>();
        MavenResolver.Resolution r = resolver().resolve(MavenRequest.parse("dev.example:greeter:1.0"), progress::add);
        assertEquals(List.of("greeter-1.0.jar", "words-1.0.jar"),
                r.jars().stream().map(p -> p.getFileName().toString()).toList());
        r.jars().forEach(jar -> assertTrue(jar.startsWith(local) && Files.isRegularFile(jar), jar + " in " + local));
        assertTrue(r.downloads() >= 2, "the two jars were downloaded, counted " + r.downloads());
        String printed = String.join("", progress);
        assertTrue(printed.contains("Downloaded greeter-1.0.jar"), printed);
        assertTrue(printed.endsWith("\n"), "the progress line is ended: " + printed);
    }

    @Test
    void aSecondResolutionComesFromTheLocalRepositoryWithoutDownloads() throws Exception {
        MavenResolver resolver = resolver();
        resolver.resolve(MavenRequest.parse("dev.example:greeter:1.0"), s -> { });
        List<String> progress = new ArrayList<>();
        MavenResolver.Resolution again = resolver.resolve(MavenRequest.parse("dev.example:greeter:1.0"), progress::add);
        assertEquals(0, again.downloads());
        assertEquals(2, again.jars().size());
        assertEquals(List.of(), progress);
    }

    @Test
    void anExclusionLeavesATransitiveDependencyOut() throws Exception {
        MavenResolver.Resolution r = resolver().resolve(
                MavenRequest.parse("dev.example:greeter:1.0 --exclude dev.example:words"), s -> { });
        assertEquals(List.of("greeter-1.0.jar"), r.jars().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aMissingArtifactIsNamedWithWhereItWasLookedFor() {
        var e = assertThrows(MavenResolver.ResolutionFailure.class,
                () -> resolver().resolve(MavenRequest.parse("dev.example:nope:1.0"), s -> { }));
        assertTrue(e.getMessage().contains("dev.example:nope"), e.getMessage());
        assertTrue(e.getMessage().contains("was not found in"), e.getMessage());
        assertTrue(e.getMessage().contains("Check the group, artifact and version"), e.getMessage());
    }

    @Test
    void offlineAMissingArtifactSaysThatNothingWasDownloaded() {
        var e = assertThrows(MavenResolver.ResolutionFailure.class,
                () -> resolver().resolve(MavenRequest.parse("dev.example:greeter:1.0 --offline"), s -> { }));
        assertTrue(e.getMessage().contains("is not in your local repository"), e.getMessage());
        assertTrue(e.getMessage().contains("--offline"), e.getMessage());
    }

    @Test
    void anUnreachableRepositoryIsToldAsSuchWithTheOfflineWayOut() {
        var e = assertThrows(MavenResolver.ResolutionFailure.class, () -> resolver("http://127.0.0.1:1/", false)
                .resolve(MavenRequest.parse("dev.example:greeter:1.0"), s -> { }));
        assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
        assertTrue(e.getMessage().contains("%maven --offline dev.example:greeter:1.0"), e.getMessage());
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("532 B", Downloads.bytes(532));
        assertEquals("14.2 kB", Downloads.bytes(14_200));
        assertEquals("3.1 MB", Downloads.bytes(3_100_000));
    }
}
