// about: closes the reader of the program's output but not the writer to its input, then waits for it to exit
// answer: l06-guess
// score: 3
// expect: Close the program's input
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    BufferedWriter toGame = game.outputWriter();
    int low = 1, high = 1000, middle;
    try (BufferedReader fromGame = game.inputReader()) {
        while (true) {
            middle = (low + high) / 2;
            toGame.write(Integer.toString(middle));
            toGame.newLine();
            toGame.flush();
            String reply = fromGame.readLine();
            if (reply.equals("correct")) {
                break;
            }
            if (reply.equals("higher")) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
    }
    game.waitFor();
    return middle;
}
