// about: compares the replies with == instead of equals: "higher" is never == the line read, so it always goes lower, for ever
// answer: l06-guess
// score: 2
// expect: so the program stopped answering
// expect: Compare each reply with equals()
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int low = 1, high = 1000, middle = 500;
    try (BufferedWriter toGame = game.outputWriter(); BufferedReader fromGame = game.inputReader()) {
        String reply = "";
        while (reply != null && !reply.equals("correct")) {
            middle = (low + high) / 2;
            toGame.write(middle + "\n");
            toGame.flush();
            reply = fromGame.readLine();
            if (reply == "higher") {
                low = middle + 1;
            } else if (reply != "correct") {
                high = middle - 1;
            }
        }
    }
    game.waitFor();
    return middle;
}
