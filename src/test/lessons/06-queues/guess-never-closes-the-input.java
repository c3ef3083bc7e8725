// about: waits for the program to exit without closing its input: each waits for the other
// answer: l06-guess
// score: 3
// expect: Close the program's input
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    PrintWriter toGame = new PrintWriter(game.getOutputStream(), true);
    BufferedReader fromGame = game.inputReader();
    int low = 1, high = 1000;
    while (true) {
        int middle = (low + high) / 2;
        toGame.println(middle);
        String reply = fromGame.readLine();
        if (reply.equals("correct")) {
            game.waitFor();
            return middle;
        }
        if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
    }
}
