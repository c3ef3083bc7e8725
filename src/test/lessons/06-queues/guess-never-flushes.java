// about: writes each guess to the BufferedWriter but never flushes it: the program never sees it
// answer: l06-guess
// score: 0
// expect: flush() after every guess
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    BufferedWriter toGame = game.outputWriter();
    BufferedReader fromGame = game.inputReader();
    int low = 1, high = 1000;
    while (true) {
        int middle = (low + high) / 2;
        toGame.write(middle + "\n");
        String reply = fromGame.readLine();
        if ("correct".equals(reply) || reply == null) {
            toGame.close();
            game.waitFor();
            return middle;
        }
        if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
    }
}
