package dev.threadlab.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MavenRequestTest {

    @Test
    void oneCoordinateIsAllItTakes() {
        MavenRequest r = MavenRequest.parse("org.jsoup:jsoup:1.18.1");
        assertEquals(List.of("org.jsoup:jsoup:1.18.1"), r.coordinates());
        assertFalse(r.keep());
        assertFalse(r.offline());
        assertEquals(List.of(), r.repositories());
    }

    @Test
    void severalCoordinatesMaySitBetweenSpacesOrCommas() {
        MavenRequest r = MavenRequest.parse("  a.b:c:1, d.e:f:2.0-jre   g:h:jar:tests:3 ");
        assertEquals(List.of("a.b:c:1", "d.e:f:2.0-jre", "g:h:jar:tests:3"), r.coordinates());
    }

    @Test
    void optionsNameRepositoriesExclusionsKeepAndOffline() {
        MavenRequest r = MavenRequest.parse("--repo https://repo.example.org/m2 --repo lab=file:///srv/m2 "
                + "a:b:1 --exclude x:y --exclude *:z --keep --offline");
        assertEquals(List.of(new MavenRequest.Repository("repo-1", URI.create("https://repo.example.org/m2")),
                new MavenRequest.Repository("lab", URI.create("file:///srv/m2"))), r.repositories());
        assertEquals(List.of("x:y", "*:z"), r.exclusions());
        assertTrue(r.keep());
        assertTrue(r.offline());
    }

    @Test
    void aWordThatIsNoCoordinateIsExplainedWithAnExample() {
        var e = assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("jsoup"));
        assertTrue(e.getMessage().contains("\"jsoup\" is not a Maven coordinate"), e.getMessage());
        assertTrue(e.getMessage().contains("group:artifact:version"), e.getMessage());
    }

    @Test
    void nothingToResolveIsAUsageError() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse(" "))
                .getMessage().contains("needs the coordinates"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("--keep"))
                .getMessage().contains("no coordinates"));
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("a:b:1 --repo"))
                .getMessage().contains("--repo needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("a:b:1 --repo ftp://x"))
                .getMessage().contains("https://, http:// or file://"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("a:b:1 --exclude x"))
                .getMessage().contains("--exclude takes group:artifact"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRequest.parse("a:b:1 --force"))
                .getMessage().contains("does not know the option --force"));
    }
}
