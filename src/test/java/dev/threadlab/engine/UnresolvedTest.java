package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class UnresolvedTest {

    @Test
    void theNearestKnownNameIsTheLikelyMeaningOfATypo() {
        Set<String> known = Set.of("Executor", "executor", "task", "tasks", "supplyAsync");
        assertEquals(Optional.of("executor"), Unresolved.nearest("excutor", known), "same case first");
        assertEquals(Optional.of("tasks"), Unresolved.nearest("taks", Set.of("tasks", "Executor")));
        assertEquals(Optional.empty(), Unresolved.nearest("widget", known), "nothing close: no guess");
        assertEquals(Optional.empty(), Unresolved.nearest("ab", Set.of("xy")), "short names need a closer match");
    }

    @Test
    void theMissingNameIsReadFromJShellsDependency() {
        assertEquals(Optional.of("excutor"), Unresolved.nameOf("variable excutor"));
        assertEquals(Optional.of("helper"), Unresolved.nameOf("method helper(int, java.lang.String)"));
        assertEquals(Optional.of("Widget"), Unresolved.nameOf("class Widget"));
    }

    @Test
    void editDistanceCountsCaseOnlyWhenAskedTo() {
        assertEquals(1, Unresolved.distance("excutor", "executor", false));
        assertEquals(1, Unresolved.distance("excutor", "Executor", true));
        assertEquals(2, Unresolved.distance("excutor", "Executor", false));
        assertEquals(0, Unresolved.distance("", "", false));
    }

    @Test
    void aMissingVariableIsNoTypoForATypeNorAMissingTypeForAVariable() {
        Set<String> known = Set.of("Executor", "excutor", "Acount", "account");
        assertEquals(Set.of("excutor", "account"), Unresolved.sameKind("variable executor", known));
        assertEquals(Set.of("excutor", "account"), Unresolved.sameKind("method account(int)", known));
        assertEquals(Set.of("Executor", "Acount"), Unresolved.sameKind("class Account", known));
        assertEquals(Optional.of("excutor"), Unresolved.nearest("executor", Unresolved.sameKind("variable executor", known)));
    }
}
