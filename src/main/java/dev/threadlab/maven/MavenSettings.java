package dev.threadlab.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of the user's Maven settings ({@code ~/.m2/settings.xml}) that decide where libraries come
 * from: the local repository, offline mode, mirrors and active proxies, so that {@code %maven} finds
 * libraries where {@code mvn} does (a school's mirror, a company proxy). Immutable.
 *
 * @param localRepository where downloaded libraries are kept
 * @param offline         {@code <offline>true</offline>}: never go to the network
 * @param mirrors         {@code <mirror>} entries in file order
 * @param proxies         active {@code <proxy>} entries in file order
 */
record MavenSettings(Path localRepository, boolean offline, List<Mirror> mirrors, List<Proxy> proxies) {

    /** A {@code <mirror>}: serves the repositories {@code mirrorOf} names (e.g. {@code central}, {@code *}). */
    record Mirror(String id, String url, String mirrorOf) {}

    /** An active {@code <proxy>} for {@code protocol} (http or https). */
    record Proxy(String protocol, String host, int port, String nonProxyHosts) {}

    MavenSettings {
        Objects.requireNonNull(localRepository, "localRepository");
        mirrors = List.copyOf(mirrors);
        proxies = List.copyOf(proxies);
    }

    /**
     * The settings of the user whose environment is {@code env}: {@code $HOME/.m2/settings.xml} when it
     * exists (HOME from the environment, so {@code HOME=/elsewhere} is honoured), otherwise Maven's defaults.
     *
     * @throws IllegalStateException with a message for the user when the file exists but cannot be read
     */
    static MavenSettings forUser(Map<String, String> env) {
        Path home = Path.of(Optional.ofNullable(env.get("HOME")).filter(h -> !h.isBlank())
                .orElse(System.getProperty("user.home")));
        Path file = home.resolve(".m2").resolve("settings.xml");
        MavenSettings defaults = new MavenSettings(home.resolve(".m2").resolve("repository"), false, List.of(), List.of());
        return Files.isRegularFile(file) ? read(file, home, defaults) : defaults;
    }

    static MavenSettings read(Path file, Path home, MavenSettings defaults) {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new QuietErrors());
            document = parser.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Your Maven settings (" + file + ") could not be read: " + e.getMessage()
                    + ". Fix or move that file; %maven reads it for the local repository, mirrors and proxies.");
        }
        Element root = document.getDocumentElement();
        Path local = text(root, "localRepository")
                .map(p -> p.replace("${user.home}", home.toString()).replace("${env.HOME}", home.toString()))
                .map(Path::of).orElse(defaults.localRepository());
        boolean offline = text(root, "offline").map(Boolean::parseBoolean).orElse(false);
        List<Mirror> mirrors = new ArrayList<>();
        for (Element m : children(root, "mirrors", "mirror")) {
            Optional<String> url = text(m, "url");
            if (url.isPresent()) {
                mirrors.add(new Mirror(text(m, "id").orElse("mirror-" + (mirrors.size() + 1)), url.get(),
                        text(m, "mirrorOf").orElse("*")));
            }
        }
        List<Proxy> proxies = new ArrayList<>();
        for (Element p : children(root, "proxies", "proxy")) {
            boolean active = text(p, "active").map(Boolean::parseBoolean).orElse(true);
            Optional<String> host = text(p, "host");
            if (active && host.isPresent()) {
                int port = text(p, "port").map(MavenSettings::port).orElse(8080);
                proxies.add(new Proxy(text(p, "protocol").orElse("http"), host.get(), port,
                        text(p, "nonProxyHosts").orElse("")));
            }
        }
        return new MavenSettings(local, offline, mirrors, proxies);
    }

    /** Errors become the exception {@link #read} reports, never lines on the kernel's stderr. */
    private static final class QuietErrors implements ErrorHandler {
        @Override public void warning(SAXParseException e) {
        }

        @Override public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 8080;
        }
    }

    /** The trimmed text of the first direct child {@code name} of {@code parent}, when not blank. */
    private static Optional<String> text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                String value = e.getTextContent().strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The {@code item} elements inside the first direct child {@code list} of {@code root}. */
    private static List<Element> children(Element root, String list, String item) {
        List<Element> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(list)) {
                NodeList items = e.getChildNodes();
                for (int i = 0; i < items.getLength(); i++) {
                    if (items.item(i) instanceof Element child && child.getTagName().equals(item)) {
                        found.add(child);
                    }
                }
                break;
            }
        }
        return found;
    }
}
