// about: tries 1, 2, 3, ... and ignores what the replies say: hundreds of guesses
// answer: l06-guess
// score: 2
// expect: halving the range each time
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int found = 0;
    try (var toGame = game.outputWriter(); var fromGame = game.inputReader()) {
        for (int n = 1; n <= 1000; n++) {
            toGame.write(n + "\n");
            toGame.flush();
            if (fromGame.readLine().equals("correct")) {
                found = n;
                break;
            }
        }
    }
    game.waitFor();
    return found;
}
