// about: starts a program and reads its output before starting the next: reading waits for it to end
// answer: l05-run-all
// score: 2
// expect: reading a program's output to its end waits until that program ends
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<Process> running = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (List<String> command : commands) {
        Process process = new ProcessBuilder(command).start();
        outputs.add(new String(process.getInputStream().readAllBytes()));
        running.add(process);
    }
    for (Process process : running) {
        process.waitFor();
    }
    return outputs;
}
