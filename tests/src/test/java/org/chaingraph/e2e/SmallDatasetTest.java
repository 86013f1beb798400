package org.chaingraph.e2e;

import org.chaingraph.ChainGraphApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests that read: the whole application on a random HTTP port over an
 * embedded Neo4j loaded at start-up with {@code datasets/small}. Every subclass shares one
 * context (one store); tests that write use their own base.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class SmallDatasetTest {

    public static final String DATASET = "src/test/resources/datasets/small";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "small", DATASET);
    }
}
