import java.lang.management.ManagementFactory;
import java.util.*;
import jdk.jshell.*;

/**
 * What JShell's handling of an expression costs the compiler, in-process: the calling thread's CPU per cell for
 * the same work written as an expression (which JShell analyses once to learn its type before it analyses and
 * compiles it as a temporary), as a declaration of an {@code Object} variable (no type analysis), and wrapped in
 * a lambda handed to a helper whose two overloads take a value or a void action (how a kernel could keep
 * {@code System.out.println(x)} and values alike without the type analysis). One JShell per form, local
 * execution, a cell of each in turn, each cell's snippets dropped first as the kernel drops temporaries. Run by
 * hand with the kernel's JIT flags:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m bench/ExpressionCost.java 400
 * </pre>
 */
public class ExpressionCost {
    public static void main(String[] args) {
        int cells = Integer.parseInt(args[0]);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String[] codes = {"1 + 1", "Object $r = 1 + 1;", "Object $r = V.of(() -> 1 + 1);", "System.out.print(\"\")", "Object $r = V.of(() -> System.out.print(\"\"));"};
        JShell[] shells = new JShell[codes.length];
        List<List<Long>> cpu = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            shells[i] = JShell.builder().executionEngine("local").build();
            shells[i].eval("final class V { interface Value { Object get() throws Throwable; } interface Act { void run() throws Throwable; } static final Object NONE = new Object(); static Object of(Value v) throws Throwable { return v.get(); } static Object of(Act a) throws Throwable { a.run(); return NONE; } }");
            cpu.add(new ArrayList<>());
        }
        for (int c = 0; c < cells; c++) {
            for (int i = 0; i < codes.length; i++) {
                JShell js = shells[i];
                js.snippets().filter(s -> js.status(s).isActive() && !(s instanceof TypeDeclSnippet)).toList().forEach(js::drop);
                long t0 = threads.getCurrentThreadCpuTime();
                List<SnippetEvent> ev = js.eval(codes[i]);
                cpu.get(i).add(threads.getCurrentThreadCpuTime() - t0);
                if (c == 0) System.out.println(codes[i] + " -> " + ev.get(0).value() + " " + ev.get(0).status());
            }
        }
        for (int i = 0; i < codes.length; i++) {
            List<Long> last = new ArrayList<>(cpu.get(i).subList(cells / 2, cells));
            Collections.sort(last);
            System.out.printf("%-40s median CPU of the last %d cells: %.2f ms%n", codes[i], last.size(), last.get(last.size() / 2) / 1e6);
        }
    }
}
