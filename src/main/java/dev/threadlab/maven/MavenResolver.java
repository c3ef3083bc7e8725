package dev.threadlab.maven;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.aether.ConfigurationProperties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Resolves {@link MavenRequest}s to jar files with Apache Maven Resolver: the requested artifacts and
 * their runtime dependencies, from Maven Central and the request's repositories, through the user's local
 * repository (read first, filled by downloads). The repository system is made on first use (it costs
 * tens of milliseconds and is not needed by most notebooks). Thread-safe.
 */
public final class MavenResolver {

    /** Maven Central, searched first. */
    static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int REQUEST_TIMEOUT_MS = 60_000;

    private final Supplier<MavenSettings> settingsSource;
    private MavenSettings settings;
    private RepositorySystem system;

    MavenResolver(Supplier<MavenSettings> settings) {
        this.settingsSource = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A resolver for the user whose environment is {@code env}: {@code $HOME/.m2/settings.xml} when there
     * is one (local repository, offline, mirrors, proxies), else {@code $HOME/.m2/repository}. Nothing is
     * read until the first {@link #resolve}.
     */
    public static MavenResolver forUser(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return new MavenResolver(() -> MavenSettings.forUser(copy));
    }

    /** How one resolution went: the jars in class-path order, and how many files were downloaded. */
    public record Resolution(List<Path> jars, int downloads, long downloadedBytes) {
        public Resolution {
            jars = List.copyOf(jars);
        }
    }

    /** Why a request could not be resolved, in words for the user. */
    public static final class ResolutionFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ResolutionFailure(String message) {
            super(message);
        }
    }

    /**
     * Resolves {@code request}; {@code progress} receives a line now and then while files download
     * (from the calling thread).
     *
     * @throws ResolutionFailure when an artifact does not exist, a repository cannot be reached, or a
     *                           POM is broken; the message names the coordinate and what to do
     */
    public Resolution resolve(MavenRequest request, Consumer<String> progress) throws ResolutionFailure {
        Objects.requireNonNull(request, "request");
        MavenSettings settings = settings();
        Downloads downloads = new Downloads(progress);
        RepositorySystem repositories = system();
        List<RemoteRepository> remotes = remotes(request);
        SessionBuilder builder = new SessionBuilderSupplier(repositories).get()
                .withLocalRepositoryBaseDirectories(settings.localRepository())
                .setOffline(request.offline() || settings.offline())
                .setTransferListener(downloads)
                .setConfigProperty(ConfigurationProperties.CONNECT_TIMEOUT, CONNECT_TIMEOUT_MS)
                .setConfigProperty(ConfigurationProperties.REQUEST_TIMEOUT, REQUEST_TIMEOUT_MS)
                .setConfigProperty(ConfigurationProperties.USER_AGENT, "Threadlab %maven")
                .setMirrorSelector(mirrors(settings))
                .setProxySelector(proxies(settings));
        try (RepositorySystemSession.CloseableSession session = builder.build()) {
            List<Exclusion> exclusions = request.exclusions().stream().map(MavenResolver::exclusion).toList();
            CollectRequest collect = new CollectRequest();
            for (String coordinate : request.coordinates()) {
                collect.addDependency(new Dependency(new DefaultArtifact(coordinate), "runtime", false, exclusions));
            }
            collect.setRepositories(repositories.newResolutionRepositories(session, remotes));
            DependencyRequest dependencies = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter("runtime"));
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : repositories.resolveDependencies(session, dependencies).getArtifactResults()) {
                if (result.getArtifact() != null && result.getArtifact().getPath() != null) {
                    jars.add(result.getArtifact().getPath());
                }
            }
            downloads.finish();
            return new Resolution(jars, downloads.count(), downloads.bytes());
        } catch (DependencyResolutionException e) {
            downloads.finish();
            throw new ResolutionFailure(explain(settings, request, remotes, e));
        } catch (IllegalArgumentException e) { // a coordinate DefaultArtifact refuses
            throw new ResolutionFailure("%maven could not read that request: " + e.getMessage());
        }
    }

    private synchronized MavenSettings settings() throws ResolutionFailure {
        if (settings == null) {
            try {
                settings = settingsSource.get();
            } catch (IllegalStateException e) {
                throw new ResolutionFailure(e.getMessage());
            }
        }
        return settings;
    }

    private synchronized RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        return system;
    }

    private static List<RemoteRepository> remotes(MavenRequest request) {
        List<RemoteRepository> remotes = new ArrayList<>(List.of(CENTRAL));
        for (MavenRequest.Repository r : request.repositories()) {
            remotes.add(new RemoteRepository.Builder(r.id(), "default", r.url().toString()).build());
        }
        return remotes;
    }

    private static DefaultMirrorSelector mirrors(MavenSettings settings) {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (MavenSettings.Mirror m : settings.mirrors()) {
            selector.add(m.id(), m.url(), "default", false, false, m.mirrorOf(), "*");
        }
        return selector;
    }

    private static DefaultProxySelector proxies(MavenSettings settings) {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (MavenSettings.Proxy p : settings.proxies()) {
            selector.add(new org.eclipse.aether.repository.Proxy(p.protocol(), p.host(), p.port()), p.nonProxyHosts());
        }
        return selector;
    }

    private static Exclusion exclusion(String groupAndArtifact) {
        String[] parts = groupAndArtifact.split(":");
        return new Exclusion(parts[0], parts[1], "*", "*");
    }

    /** What went wrong, for the user: the first cause that says something they can act on. */
    private static String explain(MavenSettings settings, MavenRequest request, List<RemoteRepository> remotes, DependencyResolutionException e) {
        String where = remotes.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").reduce((a, b) -> a + ", " + b)
                .orElse("") + " and your local repository (" + settings.localRepository() + ")";
        boolean offline = request.offline() || settings.offline();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ArtifactNotFoundException missing) {
                String artifact = missing.getArtifact() == null ? "an artifact" : missing.getArtifact().toString();
                return offline
                        ? artifact + " is not in your local repository (" + settings.localRepository() + "), and "
                                + "%maven is offline (" + (request.offline() ? "--offline" : "<offline> in ~/.m2/settings.xml")
                                + "), so it was not downloaded. Drop the offline setting to download it."
                        : artifact + " was not found in " + where + ". Check the group, artifact and version "
                                + "(search.maven.org lists them); a library outside Maven Central needs --repo URL.";
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return "The libraries could not be downloaded: a repository could not be reached (" + t.getMessage()
                        + "). You may be offline or behind a proxy (set one in ~/.m2/settings.xml). "
                        + "Libraries already in " + settings.localRepository() + " resolve without a network: "
                        + "try %maven --offline " + String.join(" ", request.coordinates()) + ".";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "Resolving " + String.join(", ", request.coordinates()) + " failed: " + root.getMessage();
    }
}
