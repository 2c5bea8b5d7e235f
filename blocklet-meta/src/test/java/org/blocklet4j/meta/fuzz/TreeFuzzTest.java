package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets for validating manifests that are already trees or JSON text: any tree ({@link TreeInput}) and any
 * text give a result whose diagnostics all have a code and a pointer; never an exception; the tree given is not
 * changed; the same input gives the same result.
 */
class TreeFuzzTest {
    private static final MetaValidator VALIDATOR = MetaValidator.create(ManifestOptions.DEFAULTS);

    @FuzzTest
    void validatesAnyTree(byte[] data) {
        JsonNode tree = TreeInput.decode(data);
        JsonNode before = tree.deepCopy();
        ManifestResult first = VALIDATOR.validate(tree);
        Contract.assertWellFormed(first);
        assertThat(tree).as("the tree given").isEqualTo(before);
        Contract.assertSameResult(VALIDATOR.validate(tree), first);

        ManifestResult resolver = VALIDATOR.validateBlockletMeta(tree);
        Contract.assertWellFormed(resolver);
        assertThat(tree).as("the tree given").isEqualTo(before);
        Contract.assertSameResult(VALIDATOR.validateBlockletMeta(tree), resolver);
    }

    @FuzzTest
    void validatesAnyJsonText(byte[] data) {
        String text = FuzzText.decode(data);
        ManifestResult first = VALIDATOR.validateJson(text);
        Contract.assertWellFormed(first);
        Contract.assertSameResult(VALIDATOR.validateJson(text), first);
    }
}
