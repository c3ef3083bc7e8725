package dev.threadlab.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one {@code %maven} line asks for: coordinates, extra repositories, exclusions, and whether the
 * jars stay on the class path after {@code %reset}. Immutable.
 *
 * <pre>
 * %maven org.jsoup:jsoup:1.18.1
 * %maven com.google.guava:guava:33.3.1-jre, org.jsoup:jsoup:1.18.1 --exclude com.google.code.findbugs:jsr305
 * %maven --repo https://repo.example.org/maven2 org.example:lib:1.0 --keep
 * </pre>
 *
 * @param coordinates  {@code group:artifact[:extension[:classifier]]:version}, at least one
 * @param repositories searched after Maven Central, in order
 * @param exclusions   {@code group:artifact} (either may be {@code *}) left out of the transitive dependencies
 * @param keep         the jars survive {@code %reset}
 * @param offline      resolve from the local repository only
 */
public record MavenRequest(List<String> coordinates, List<Repository> repositories, List<String> exclusions,
        boolean keep, boolean offline) {

    /** How to write a %maven line, for usage errors. */
    public static final String USAGE = "%maven group:artifact:version [more coordinates] [--repo URL] "
            + "[--exclude group:artifact] [--keep] [--offline]";

    private static final String PART = "[A-Za-z0-9_.\\-]+";
    private static final Pattern COORDINATE = Pattern.compile(PART + ":" + PART + "(?::" + PART + "){1,3}");
    private static final Pattern EXCLUSION = Pattern.compile("(?:" + PART + "|\\*):(?:" + PART + "|\\*)");

    /** A remote repository: an id (used in the local repository's bookkeeping) and its URL. */
    public record Repository(String id, URI url) {
        public Repository {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(url, "url");
        }
    }

    public MavenRequest {
        coordinates = List.copyOf(coordinates);
        repositories = List.copyOf(repositories);
        exclusions = List.copyOf(exclusions);
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("a %maven request needs at least one coordinate");
        }
    }

    /**
     * Reads the arguments of a {@code %maven} line (everything after {@code %maven}).
     *
     * @throws IllegalArgumentException with a message for the user when the line is not understood
     */
    public static MavenRequest parse(String arguments) {
        List<String> words = new ArrayList<>();
        for (String word : arguments.strip().split("[\\s,]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("%maven needs the coordinates of a library, e.g. "
                    + "%maven org.jsoup:jsoup:1.18.1. Usage: " + USAGE);
        }
        List<String> coordinates = new ArrayList<>();
        List<Repository> repositories = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        boolean keep = false;
        boolean offline = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "--keep" -> keep = true;
                case "--offline" -> offline = true;
                case "--repo", "--repository" -> repositories.add(repository(valueAfter(words, i++), repositories.size()));
                case "--exclude" -> exclusions.add(exclusion(valueAfter(words, i++)));
                default -> {
                    if (word.startsWith("-")) {
                        throw new IllegalArgumentException("%maven does not know the option " + word
                                + ". Usage: " + USAGE);
                    }
                    coordinates.add(coordinate(word));
                }
            }
        }
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("%maven got options but no coordinates to resolve. Usage: " + USAGE);
        }
        return new MavenRequest(coordinates, repositories, exclusions, keep, offline);
    }

    private static String valueAfter(List<String> words, int i) {
        if (i + 1 >= words.size()) {
            throw new IllegalArgumentException(words.get(i) + " needs a value after it. Usage: " + USAGE);
        }
        return words.get(i + 1);
    }

    private static String coordinate(String word) {
        if (!COORDINATE.matcher(word).matches()) {
            throw new IllegalArgumentException("\"" + word + "\" is not a Maven coordinate: write "
                    + "group:artifact:version, e.g. org.jsoup:jsoup:1.18.1 (as on search.maven.org; "
                    + "group:artifact:extension:classifier:version also works).");
        }
        return word;
    }

    private static String exclusion(String word) {
        if (!EXCLUSION.matcher(word).matches()) {
            throw new IllegalArgumentException("--exclude takes group:artifact (either may be *), was \"" + word + "\"");
        }
        return word;
    }

    /** {@code URL} or {@code id=URL}; without an id, the repository is called repo-N. */
    private static Repository repository(String value, int index) {
        int equals = value.indexOf('=');
        String id = equals > 0 ? value.substring(0, equals) : "repo-" + (index + 1);
        String url = equals > 0 ? value.substring(equals + 1) : value;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
                throw new IllegalArgumentException("--repo takes an https://, http:// or file:// URL, was \"" + url + "\"");
            }
            return new Repository(id, uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--repo takes a URL, and \"" + url + "\" is not one: " + e.getReason());
        }
    }
}
