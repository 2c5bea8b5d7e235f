package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class BoundedImageInputStreamTest {
    private static final Duration LONG = Duration.ofDays(1);

    @Test
    void readsSeeksAndEndsLikeAStreamOverTheBytes() throws IOException {
        try (BoundedImageInputStream in = new BoundedImageInputStream(new byte[] {1, 2, 3, (byte) 0xff}, LONG,
                false)) {
            assertThat(in.length()).isEqualTo(4);
            assertThat(in.read()).isEqualTo(1);
            byte[] buf = new byte[8];
            assertThat(in.read(buf, 0, 8)).isEqualTo(3);
            assertThat(buf).startsWith(2, 3, (byte) 0xff);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(buf, 0, 8)).isEqualTo(-1);
            in.seek(1);
            assertThat(in.readUnsignedShort()).isEqualTo(0x0203);
            in.seek(2);
            assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
            assertThat(in.expired()).isFalse();
        }
    }

    @Test
    void hidesItsLengthWhenAsked() throws IOException {
        try (BoundedImageInputStream in = new BoundedImageInputStream(new byte[10], LONG, true)) {
            assertThat(in.length()).isEqualTo(-1);
        }
    }

    @Test
    void failsEveryBulkReadOnceTheTimeIsUp() throws IOException {
        try (BoundedImageInputStream in = new BoundedImageInputStream(new byte[10], Duration.ZERO, false)) {
            assertThat(in.expired()).isTrue();
            assertThatThrownBy(() -> in.read(new byte[4], 0, 4)).isInstanceOf(IOException.class)
                    .hasMessageContaining("time");
            assertThatThrownBy(in::readInt).isInstanceOf(IOException.class);
        }
    }

    @Test
    void checksTheClockOnSingleByteReadsNowAndThen() throws IOException {
        try (BoundedImageInputStream in = new BoundedImageInputStream(new byte[10_000], Duration.ZERO, false)) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    in.read();
                }
            }).isInstanceOf(IOException.class);
            assertThat(in.getStreamPosition()).isLessThan(10_000);
        }
    }
}
