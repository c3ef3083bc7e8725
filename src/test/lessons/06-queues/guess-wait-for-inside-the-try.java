// about: waitFor() inside the try-with-resources, before the writer is closed: the program waits for the end of its input, guess for its exit
// answer: l06-guess
// score: 3
// expect: Close the program's input
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int low = 1, high = 1000;
    try (BufferedWriter toGame = game.outputWriter(); BufferedReader fromGame = game.inputReader()) {
        while (true) {
            int middle = (low + high) / 2;
            toGame.write(middle + "\n");
            toGame.flush();
            String reply = fromGame.readLine();
            if (reply.equals("correct")) {
                game.waitFor();
                return middle;
            } else if (reply.equals("higher")) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
    }
}
