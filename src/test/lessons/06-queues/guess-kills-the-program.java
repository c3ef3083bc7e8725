// about: destroys the program once the number is found instead of ending the conversation
// answer: l06-guess
// score: 3
// expect: instead of ending the conversation
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    var toGame = game.outputWriter();
    var fromGame = game.inputReader();
    int low = 1, high = 1000;
    while (true) {
        int middle = (low + high) / 2;
        toGame.write(middle + "\n");
        toGame.flush();
        String reply = fromGame.readLine();
        if (reply.equals("correct")) {
            game.destroyForcibly().waitFor();
            return middle;
        }
        if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
    }
}
