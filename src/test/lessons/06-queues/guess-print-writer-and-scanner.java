// about: right, another shape: an autoflushing PrintWriter, a Scanner, and onExit() to wait
// answer: l06-guess
// score: 5
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).start();
    int low = 1, high = 1000, last;
    try (PrintWriter out = new PrintWriter(game.getOutputStream(), true);
         Scanner in = new Scanner(game.getInputStream())) {
        while (true) {
            last = low + (high - low) / 2;
            out.println(last);
            String reply = in.nextLine();
            if (reply.equals("correct")) break;
            if (reply.equals("higher")) low = last + 1; else high = last - 1;
        }
    }
    try {
        game.onExit().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
        throw new IOException(e);
    }
    return last;
}
