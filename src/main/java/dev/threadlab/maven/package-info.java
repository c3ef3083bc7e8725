/**
 * {@code %maven}: libraries added to a notebook by their Maven coordinates, resolved with Apache Maven
 * Resolver (the library Maven itself uses) in the kernel JVM, transitive dependencies included, through
 * the user's local repository ({@code ~/.m2/repository}, or the one {@code ~/.m2/settings.xml} names).
 * Only the resolved jars reach the engine's class path.
 *
 * <p>Use: {@code new MavenMagic(MavenResolver.forUser(System.getenv()), classPath)} among the magics of
 * {@code engine.Magics}. Only this package imports {@code org.eclipse.aether} and {@code org.apache.maven}.
 */
package dev.threadlab.maven;
