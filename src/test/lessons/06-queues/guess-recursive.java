// about: right, recursive: a helper asks about the middle of [low, high] and recurses into the half the reply names
// answer: l06-guess
// score: 5
static int ask(BufferedWriter out, BufferedReader in, int low, int high) throws IOException {
    int middle = low + (high - low) / 2;
    out.write(String.valueOf(middle));
    out.newLine();
    out.flush();
    return switch (in.readLine()) {
        case "correct" -> middle;
        case "higher" -> ask(out, in, middle + 1, high);
        case "lower" -> ask(out, in, low, middle - 1);
        default -> throw new IOException("unexpected reply");
    };
}

static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).redirectErrorStream(true).start();
    int found;
    try (var out = game.outputWriter(); var in = game.inputReader()) {
        found = ask(out, in, 1, 1000);
    }
    game.onExit().join();
    return found;
}
