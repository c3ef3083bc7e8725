// about: starts a program, waits for it, then the next: one at a time, never atOnce
// answer: l05-run-all
// score: 2
// expect: did you call waitFor() right after start()?
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<String> outputs = new ArrayList<>();
    for (List<String> command : commands) {
        Process process = new ProcessBuilder(command).start();
        process.waitFor();
        outputs.add(new String(process.getInputStream().readAllBytes()));
    }
    return outputs;
}
