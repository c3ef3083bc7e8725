// about: a cheat: the secret number read from the program's command line ("game:737"), sent once, the conversation then ended properly
// answer: l06-guess
// score: 2
static int guess(List<String> command) throws IOException, InterruptedException {
    int secret = command.stream().filter(a -> a.startsWith("game:")).mapToInt(a -> Integer.parseInt(a.substring(5)))
            .findFirst().orElse(500);
    Process game = new ProcessBuilder(command).start();
    try (BufferedWriter toGame = game.outputWriter(); BufferedReader fromGame = game.inputReader()) {
        toGame.write(secret + "\n");
        toGame.flush();
        fromGame.readLine();
    }
    game.waitFor();
    return secret;
}
