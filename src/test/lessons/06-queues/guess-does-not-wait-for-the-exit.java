// about: closes the program's input but returns before it has exited
// answer: l06-guess
// score: 3
// expect: returned before the program had exited
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    try (var toGame = game.outputWriter(); var fromGame = game.inputReader()) {
        int low = 1, high = 1000;
        while (true) {
            int middle = (low + high) / 2;
            toGame.write(middle + "\n");
            toGame.flush();
            String reply = fromGame.readLine();
            if (reply.equals("correct")) {
                return middle;
            }
            if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
        }
    }
}
