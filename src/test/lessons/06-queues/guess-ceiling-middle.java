// about: right: the middle rounded up, (low + high + 1) / 2, still at most 10 guesses
// answer: l06-guess
// score: 5
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int low = 1, high = 1000, middle;
    try (BufferedWriter toGame = game.outputWriter(); BufferedReader fromGame = game.inputReader()) {
        while (true) {
            middle = (low + high + 1) / 2;
            toGame.write(middle + System.lineSeparator());
            toGame.flush();
            String reply = fromGame.readLine();
            if ("correct".equals(reply)) {
                break;
            }
            if ("higher".equals(reply)) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
    }
    game.waitFor();
    return middle;
}
