package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ImageLimitsTest {
    @Test
    void defaultsAreTheStoresRulesAndTheDocumentedBounds() {
        ImageLimits d = ImageLimits.DEFAULTS;
        assertThat(d.logoMaxBytes()).isEqualTo(512_000);
        assertThat(d.logoMinSide()).isEqualTo(256);
        assertThat(d.logoSquareTolerance()).isEqualTo(0.01);
        assertThat(d.screenshotMaxBytes()).isEqualTo(5_242_880);
        assertThat(d.screenshotMinWidth()).isEqualTo(600);
        assertThat(d.screenshotMinHeight()).isEqualTo(338);
        assertThat(d.screenshotRatioTolerance()).isEqualTo(0.05);
        assertThat(d.screenshotMinCount()).isZero();
        assertThat(d.screenshotMaxCount()).isEqualTo(Integer.MAX_VALUE);
        assertThat(d.maxPixels()).isEqualTo(4096L * 4096);
        assertThat(d.maxReadBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(d.decodeTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void toBuilderKeepsEveryLimit() {
        ImageLimits custom = ImageLimits.builder().logoMaxBytes(1).logoMinSide(2).logoSquareTolerance(0.5)
                .screenshotMaxBytes(3).screenshotMinSize(4, 5).screenshotRatioTolerance(0.25).screenshotCount(1, 9)
                .maxPixels(7).maxReadBytes(8).decodeTimeout(Duration.ofMillis(9)).build();
        assertThat(custom.toBuilder().build()).hasToString(custom.toString());
        assertThat(custom.toString()).contains("screenshotMinHeight=5").contains("decodeTimeout=PT0.009S");
    }

    @Test
    void rejectsReadLimitNotAboveTheByteLimits() {
        assertThatThrownBy(() -> ImageLimits.builder().maxReadBytes(5L * 1024 * 1024).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxReadBytes");
        assertThatThrownBy(() -> ImageLimits.builder().logoMaxBytes(100).screenshotMaxBytes(10).maxReadBytes(100)
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMeaninglessValues() {
        ImageLimits.Builder b = ImageLimits.builder();
        assertThatThrownBy(() -> b.logoMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxPixels(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.screenshotMinSize(600, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.logoSquareTolerance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.screenshotRatioTolerance(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.screenshotCount(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.screenshotCount(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.decodeTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
