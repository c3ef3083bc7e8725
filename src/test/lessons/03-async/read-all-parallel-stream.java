// about: a parallel stream collected into a map: the reads wait on the common pool, a few at a time
// answer: l03-read-all
// score: 2
// expect: that is where a parallel stream runs them
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    return sensors.parallelStream().collect(Collectors.toMap(sensor -> sensor, read));
}
