/** End-to-end tests through Debian's real Jupyter client, nbclient, console and conformance suite. */
package dev.threadlab.integration;
