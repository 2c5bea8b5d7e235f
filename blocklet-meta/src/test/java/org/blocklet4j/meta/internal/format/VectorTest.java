package org.blocklet4j.meta.internal.format;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A parameterised test over every line of one of {@code formats.js}'s files, each passed as a {@link Vectors.Line},
 * with a time limit: the files hold 100,000-character adversarial inputs, and a rule that backtracks on them
 * fails here instead of hanging the build.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@ArgumentsSource(Vectors.Provider.class)
@Timeout(10)
@interface VectorTest {
    /** The file's name without {@code .jsonl}. */
    String value();
}
