// about: right, plainly: atOnce programs started together, all waited for, then the next batch
// answer: l05-run-all
// score: 5
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<String> outputs = new ArrayList<>();
    for (int start = 0; start < commands.size(); start += atOnce) {
        List<List<String>> batch = commands.subList(start, Math.min(start + atOnce, commands.size()));
        List<Process> processes = new ArrayList<>();
        for (List<String> command : batch) {
            processes.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process process : processes) {
            outputs.add(new String(process.getInputStream().readAllBytes()));
            process.waitFor();
        }
    }
    return outputs;
}
