package dev.threadlab.engine;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The simple names a piece of Java code uses without declaring them: every identifier that is not a member
 * selected from something ({@code List} and {@code of} in {@code List.of(1)}: only {@code List}), that is not
 * declared in a scope around it (locals, parameters, lambda parameters, members of a class it is in), and
 * that stands where code was written (not in what JShell generated around a snippet). These are the names
 * another declaration could stand in for: {@code Check}, {@code Assertions}, {@code Duration}, {@code runAll}.
 * Parsing only, no types: a scope is the nearest block, and a pattern variable counts as declared for the
 * rest of its block. Stateless.
 */
final class FreeNames {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private FreeNames() {}

    /**
     * The free names of the compilation unit {@code source}, counting only identifiers at positions where
     * {@code written} holds.
     */
    static Set<String> of(String source, IntPredicate written) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Cell.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) JAVAC.getTask(Writer.nullWriter(), null, d -> { }, List.of("-proc:none"), null,
                List.of(file));
        Set<String> free = new HashSet<>();
        try {
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(unit, positions, written, free).scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string source cannot fail to be read
        }
        return free;
    }

    private static final class Scanner extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final IntPredicate written;
        private final Set<String> free;
        private final Deque<Set<String>> scopes = new ArrayDeque<>();

        Scanner(CompilationUnitTree unit, SourcePositions positions, IntPredicate written, Set<String> free) {
            this.unit = unit;
            this.positions = positions;
            this.written = written;
            this.free = free;
            scopes.push(new HashSet<>());
        }

        private void declare(CharSequence name) {
            scopes.peek().add(name.toString());
        }

        private boolean declared(String name) {
            return scopes.stream().anyMatch(scope -> scope.contains(name));
        }

        /** Scans {@code trees} in a new innermost scope. */
        private void inScope(Iterable<? extends Tree> trees) {
            scopes.push(new HashSet<>());
            try {
                for (Tree tree : trees) {
                    scan(tree, null);
                }
            } finally {
                scopes.pop();
            }
        }

        private static List<Tree> all(Object... parts) {
            List<Tree> trees = new java.util.ArrayList<>();
            for (Object part : parts) {
                if (part instanceof Tree tree) {
                    trees.add(tree);
                } else if (part instanceof Iterable<?> many) {
                    many.forEach(t -> trees.add((Tree) t));
                }
            }
            return trees;
        }

        @Override
        public Void visitPackage(PackageTree tree, Void unused) {
            return null;
        }

        @Override
        public Void visitImport(ImportTree tree, Void unused) {
            return null;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            declare(tree.getSimpleName());
            scopes.push(new HashSet<>());
            try {
                tree.getTypeParameters().forEach(p -> declare(p.getName()));
                for (Tree member : tree.getMembers()) {
                    switch (member) {
                        case VariableTree v -> declare(v.getName());
                        case MethodTree m -> declare(m.getName());
                        case ClassTree c -> declare(c.getSimpleName());
                        default -> { }
                    }
                }
                scan(tree.getModifiers(), null);
                scan(tree.getTypeParameters(), null);
                scan(tree.getExtendsClause(), null);
                scan(tree.getImplementsClause(), null);
                scan(tree.getMembers(), null);
            } finally {
                scopes.pop();
            }
            return null;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            scopes.push(new HashSet<>());
            try {
                tree.getTypeParameters().forEach(p -> declare(p.getName()));
                scan(tree.getModifiers(), null);
                scan(tree.getReturnType(), null);
                scan(tree.getTypeParameters(), null);
                scan(tree.getParameters(), null);
                scan(tree.getThrows(), null);
                scan(tree.getBody(), null);
                scan(tree.getDefaultValue(), null);
            } finally {
                scopes.pop();
            }
            return null;
        }

        @Override
        public Void visitTypeParameter(TypeParameterTree tree, Void unused) {
            scan(tree.getBounds(), null);
            scan(tree.getAnnotations(), null);
            return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
            inScope(all(tree.getParameters(), tree.getBody()));
            return null;
        }

        @Override
        public Void visitBlock(BlockTree tree, Void unused) {
            inScope(tree.getStatements());
            return null;
        }

        @Override
        public Void visitForLoop(ForLoopTree tree, Void unused) {
            inScope(all(tree.getInitializer(), tree.getCondition(), tree.getUpdate(), tree.getStatement()));
            return null;
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
            scan(tree.getExpression(), null);
            inScope(all(tree.getVariable(), tree.getStatement()));
            return null;
        }

        @Override
        public Void visitCatch(CatchTree tree, Void unused) {
            inScope(all(tree.getParameter(), tree.getBlock()));
            return null;
        }

        @Override
        public Void visitTry(TryTree tree, Void unused) {
            inScope(all(tree.getResources(), tree.getBlock()));
            scan(tree.getCatches(), null);
            scan(tree.getFinallyBlock(), null);
            return null;
        }

        @Override
        public Void visitCase(CaseTree tree, Void unused) {
            inScope(all(tree.getLabels(), tree.getGuard(), tree.getStatements(), tree.getBody()));
            return null;
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            declare(tree.getName());
            scan(tree.getModifiers(), null);
            scan(tree.getType(), null);
            scan(tree.getInitializer(), null);
            return null;
        }

        @Override
        public Void visitLabeledStatement(LabeledStatementTree tree, Void unused) {
            scan(tree.getStatement(), null);
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            scan(tree.getExpression(), null);
            return null;
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
            scan(tree.getQualifierExpression(), null);
            scan(tree.getTypeArguments(), null);
            return null;
        }

        @Override
        public Void visitAnnotation(AnnotationTree tree, Void unused) {
            scan(tree.getAnnotationType(), null);
            for (ExpressionTree argument : tree.getArguments()) {
                // value = x names an element of the annotation, not something in scope
                scan(argument instanceof AssignmentTree a ? a.getExpression() : argument, null);
            }
            return null;
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            String name = tree.getName().toString();
            long at = positions.getStartPosition(unit, tree);
            if (!declared(name) && at >= 0 && written.test((int) at)) {
                free.add(name);
            }
            return null;
        }
    }
}
