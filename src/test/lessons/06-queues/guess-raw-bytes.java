// about: right, another shape: bytes on getOutputStream() with an explicit flush, replies read with readLine
// answer: l06-guess
// score: 5
static int guess(List<String> command) throws IOException, InterruptedException {
    Process game = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    OutputStream toGame = game.getOutputStream();
    BufferedReader fromGame = new BufferedReader(new InputStreamReader(game.getInputStream()));
    int low = 1, high = 1000;
    int middle = 0;
    String reply = "";
    while (!reply.equals("correct")) {
        middle = (low + high) >>> 1;
        toGame.write((middle + "\n").getBytes());
        toGame.flush();
        reply = fromGame.readLine();
        if (reply.equals("higher")) low = middle + 1;
        if (reply.equals("lower")) high = middle - 1;
    }
    toGame.close();
    game.waitFor();
    fromGame.close();
    return middle;
}
