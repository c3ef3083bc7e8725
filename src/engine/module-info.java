/**
 * The engine JVM's own code as one module, added to target/threadlab-engine.jar after shading (see pom.xml):
 * the kernel launches the engine with this jar on the module path, and user code (JShell's snippets, in the
 * unnamed module) can use only what it exports: the Display API, the toolkit, and JUnit's Assertions for
 * check cells. Nothing is opened, so reflection cannot reach the agent, the wire contract with the kernel,
 * the toolkit's internals (the channel that carries check reports) or the private state of a toolkit object
 * (a probe's record of which tasks ran).
 */
module dev.threadlab.engine {
    requires java.desktop;   // charts drawn as PNG with Java2D (SvgPng)
    requires java.logging;
    requires java.management;
    requires java.net.http;  // HttpProbe's client (lesson 04's checks), ChildTasks.fetch (a child JVM's GET)
    requires java.xml;       // SvgPng reads the SVG it draws
    requires jdk.httpserver;
    requires jdk.jfr;        // the sleeps an answer asked for (RequestedSleeps, lesson 04's retry check)
    requires jdk.jshell;
    requires jdk.management;

    exports dev.threadlab.display;
    exports dev.threadlab.display.cell; // the kernel's wrapper of a cell's expression (engine.ValueCells)
    exports dev.threadlab.toolkit;
    exports org.apiguardian.api;
    exports org.junit.jupiter.api;
    exports org.junit.jupiter.api.function;
    exports org.opentest4j;
}
