// about: right, without threads: keeps at most atOnce processes started, waits for the oldest before starting the next
// answer: l05-run-all
// score: 5
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<Process> started = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (List<String> command : commands) {
        if (started.size() - outputs.size() == atOnce) {
            Process oldest = started.get(outputs.size());
            outputs.add(new String(oldest.getInputStream().readAllBytes()));
            oldest.waitFor();
        }
        started.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }
    while (outputs.size() < started.size()) {
        Process next = started.get(outputs.size());
        outputs.add(new String(next.getInputStream().readAllBytes()));
        next.waitFor();
    }
    return outputs;
}
