package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class ClassNamesTest {

    @Test
    void aCellsClassesLoseJShellsWrapperInFullAndInJShellsStrippedForm() {
        assertEquals("Point", ClassNames.readable("REPL.$JShell$12$Point"));
        assertEquals("Outer.Inner", ClassNames.readable("REPL.$JShell$12B$Outer$Inner"));
        assertEquals("Outer.Inner", ClassNames.readable("Outer$Inner"));
        assertEquals("", ClassNames.readable("REPL.$JShell$17"));
        assertEquals("java.util.concurrent.ThreadPoolExecutor$Worker",
                ClassNames.readable("java.util.concurrent.ThreadPoolExecutor$Worker"));
    }

    @Test
    void aLocalClassIsItsOwnNameWithoutJavasNumber() {
        assertEquals("LocalEx", ClassNames.readable("REPL.$JShell$13$1LocalEx"));
        assertEquals("LocalEx", ClassNames.readable("1LocalEx"));
        assertEquals("Outer.Local", ClassNames.readable("Outer$1Local"));
    }

    @Test
    void anAnonymousClassIsSaidToBeOneNotANumber() {
        assertEquals("anonymous class", ClassNames.readable("REPL.$JShell$11$1"));
        assertEquals("anonymous class", ClassNames.readable("1"));
        assertEquals("anonymous class in Outer", ClassNames.readable("Outer$1"));
        assertEquals("anonymous class", ClassNames.readable("REPL.$JShell$14$$JShell$anonymous$$0"));
        assertEquals("anonymous class", ClassNames.readable("$0"));
    }

    @Test
    void aMemberOfAnAnonymousClassReadsAsEnglishOthersAsTypeDotName() {
        assertEquals("run in an anonymous class", ClassNames.member("1", "run"));
        assertEquals("f in an anonymous class in Outer", ClassNames.member("Outer$1", "f"));
        assertEquals("Local.lambda", ClassNames.member("1Local", "lambda"));
        assertEquals("divide", ClassNames.member("", "divide"));
        assertEquals("$ThreadlabTimeit.time", ClassNames.member("$ThreadlabTimeit", "time"));
    }

    @Test
    void aThrownAnonymousClassIsNamedAfterTheClassItExtends() {
        assertEquals("anonymous RuntimeException", ClassNames.thrown(new RuntimeException("x") {}.getClass()));
        assertEquals("java.lang.IllegalStateException", ClassNames.thrown(IllegalStateException.class));
        class Local extends RuntimeException {}
        assertEquals("anonymous Local", ClassNames.thrown(new Local() {}.getClass()));
    }

    @Test
    void messagesLoseTheWrappers() {
        assertEquals("Could not initialize class Boom", ClassNames.withoutWrappers("Could not initialize class REPL.$JShell$17$Boom"));
        assertEquals("class Worker cannot be cast", ClassNames.withoutWrappers("class REPL.$JShell$23AB$Worker cannot be cast"));
    }
}
