// about: low = middle instead of middle + 1 after "higher": once low and high are neighbours it guesses the same number for ever
// answer: l06-guess
// score: 2
// expect: so the program stopped answering
// expect: the same guess again and again
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int low = 1, high = 1000, middle;
    try (BufferedWriter toGame = game.outputWriter(); BufferedReader fromGame = game.inputReader()) {
        while (true) {
            middle = (low + high) / 2;
            toGame.write(middle + "\n");
            toGame.flush();
            String reply = fromGame.readLine();
            if (reply == null || reply.equals("correct")) {
                break;
            } else if (reply.equals("higher")) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
    }
    game.waitFor();
    return middle;
}
