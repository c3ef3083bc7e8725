package dev.threadlab.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class SignerTest {

    private static final byte[] HEADER = ("{\"msg_id\":\"a1\",\"session\":\"s1\",\"username\":\"u\","
            + "\"date\":\"2026-01-01T00:00:00Z\",\"msg_type\":\"kernel_info_request\",\"version\":\"5.3\"}")
            .getBytes(UTF_8);
    private static final byte[] EMPTY = "{}".getBytes(UTF_8);

    /**
     * Computed independently:
     * {@code printf '%s%s%s%s' "$HEADER" '{}' '{}' '{}' | openssl dgst -sha256 -hmac 'c0ffee-4b1d-key'}.
     */
    private static final String OPENSSL_HMAC = "c25f3a73bd186d71f893c1987efe4ef34ab297a8fa17a3d189a1ab8938e23699";

    @Test
    void signatureMatchesAnHmacComputedByOpenssl() {
        Signer signer = Signer.of("c0ffee-4b1d-key");

        assertEquals(OPENSSL_HMAC, signer.sign(HEADER, EMPTY, EMPTY, EMPTY));
    }

    @Test
    void verifyAcceptsTheRightSignatureAndRejectsAnyChange() {
        Signer signer = Signer.of("c0ffee-4b1d-key");
        byte[] signature = OPENSSL_HMAC.getBytes(UTF_8);

        assertTrue(signer.verify(signature, HEADER, EMPTY, EMPTY, EMPTY));
        assertFalse(signer.verify(signature, HEADER, EMPTY, EMPTY, "{ }".getBytes(UTF_8)));
        assertFalse(signer.verify(OPENSSL_HMAC.toUpperCase().getBytes(UTF_8), HEADER, EMPTY, EMPTY, EMPTY));
        assertFalse(signer.verify(new byte[0], HEADER, EMPTY, EMPTY, EMPTY));
        assertFalse(Signer.of("other-key").verify(signature, HEADER, EMPTY, EMPTY, EMPTY));
    }

    @Test
    void frameBoundariesDoNotMatterOnlyTheOrderOfBytes() {
        Signer signer = Signer.of("k");

        assertEquals(signer.sign("ab".getBytes(UTF_8), "c".getBytes(UTF_8), EMPTY, EMPTY),
                signer.sign("a".getBytes(UTF_8), "bc".getBytes(UTF_8), EMPTY, EMPTY));
        assertFalse(signer.sign(EMPTY, HEADER, EMPTY, EMPTY).equals(signer.sign(HEADER, EMPTY, EMPTY, EMPTY)));
    }

    @Test
    void emptyKeySignsWithEmptyStringAndAcceptsEverything() {
        Signer signer = Signer.of("");

        assertFalse(signer.signs());
        assertEquals("", signer.sign(HEADER, EMPTY, EMPTY, EMPTY));
        assertTrue(signer.verify("anything".getBytes(UTF_8), HEADER, EMPTY, EMPTY, EMPTY));
    }

    @Test
    void concurrentSigningFromManyThreadsGivesTheSameSignature() throws Exception {
        Signer signer = Signer.of("c0ffee-4b1d-key");
        Set<String> signatures = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        signatures.add(signer.sign(HEADER, EMPTY, EMPTY, EMPTY));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of(OPENSSL_HMAC), signatures);
    }
}
