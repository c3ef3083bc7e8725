/** The {@code threadlab} command: {@code kernel}, {@code learn}, {@code repl}, {@code release}, {@code validate}, {@code grade}. */
package dev.threadlab.cli;
