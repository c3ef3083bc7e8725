package dev.threadlab.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MavenSettingsTest {

    @TempDir
    Path home;

    @Test
    void withoutSettingsTheLocalRepositoryIsUnderTheHomeOfTheEnvironment() {
        MavenSettings s = MavenSettings.forUser(Map.of("HOME", home.toString()));
        assertEquals(home.resolve(".m2/repository"), s.localRepository());
        assertEquals(List.of(), s.mirrors());
    }

    @Test
    void settingsNameTheLocalRepositoryMirrorsActiveProxiesAndOffline() throws IOException {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <localRepository>${user.home}/m2cache</localRepository>
                  <offline>true</offline>
                  <mirrors>
                    <mirror><id>school</id><url>https://m2.school.example/central</url><mirrorOf>central</mirrorOf></mirror>
                  </mirrors>
                  <proxies>
                    <proxy><active>false</active><protocol>http</protocol><host>old.example</host></proxy>
                    <proxy><protocol>https</protocol><host>proxy.example</host><port>3128</port>
                      <nonProxyHosts>localhost|*.school.example</nonProxyHosts></proxy>
                  </proxies>
                </settings>
                """);
        MavenSettings s = MavenSettings.forUser(Map.of("HOME", home.toString()));
        assertEquals(home.resolve("m2cache"), s.localRepository());
        assertTrue(s.offline());
        assertEquals(List.of(new MavenSettings.Mirror("school", "https://m2.school.example/central", "central")),
                s.mirrors());
        assertEquals(List.of(new MavenSettings.Proxy("https", "proxy.example", 3128, "localhost|*.school.example")),
                s.proxies());
    }

    @Test
    void aBrokenSettingsFileIsNamedWithWhatToDo() throws IOException {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), "<settings><mirrors>");
        var e = assertThrows(IllegalStateException.class, () -> MavenSettings.forUser(Map.of("HOME", home.toString())));
        assertTrue(e.getMessage().contains("settings.xml) could not be read"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix or move that file"), e.getMessage());
    }
}
