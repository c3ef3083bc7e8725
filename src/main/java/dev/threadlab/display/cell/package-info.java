/**
 * What the kernel wraps a cell's expression in ({@link dev.threadlab.display.cell.CellValue}); runs in the
 * engine JVM, depends on nothing but the JDK.
 */
package dev.threadlab.display.cell;
