/** The {@code threadlab} command: {@code kernel}, and later {@code learn}, {@code grade}, {@code release}. */
package dev.threadlab.cli;
