// about: flushes each guess but without a line break: the program waits for the end of the line
// answer: l06-guess
// score: 0
// expect: line break
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    try (var toGame = game.outputWriter(); var fromGame = game.inputReader()) {
        int low = 1, high = 1000;
        while (true) {
            int middle = (low + high) / 2;
            toGame.write(String.valueOf(middle));
            toGame.flush();
            String reply = fromGame.readLine();
            if ("correct".equals(reply) || reply == null) {
                return middle;
            }
            if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
        }
    } finally {
        game.waitFor();
    }
}
