// about: right, older APIs: Runtime.exec, a PrintStream with autoflush and println, a Scanner's nextLine, close() then waitFor with a time limit
// answer: l06-guess
// score: 5
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = Runtime.getRuntime().exec(command.toArray(new String[0]));
    PrintStream out = new PrintStream(game.getOutputStream(), true);
    Scanner in = new Scanner(game.getInputStream());
    int low = 1, high = 1000;
    int middle = (low + high) / 2;
    for (int tries = 0; tries < 10; tries++) {
        middle = (low + high) / 2;
        out.println(middle);
        String reply = in.nextLine().trim();
        if (reply.equals("correct")) {
            break;
        } else if (reply.equals("higher")) {
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    out.close();
    game.waitFor(10, TimeUnit.SECONDS);
    in.close();
    return middle;
}
