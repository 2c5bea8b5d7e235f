/**
 * Loading manifest text into a JavaScript-shaped Jackson tree exactly as the reference does: YAML as
 * {@code js-yaml.load(text, {json: true})} (js-yaml 4.3.2, DEFAULT_SCHEMA) and JSON as {@code JSON.parse}, each with
 * a source map from JSON Pointers to positions in the text. snakeyaml-engine is used only to scan and parse YAML
 * into events; resolving scalars, building values, anchors, merge keys and key order follow js-yaml and live here.
 * Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.yaml;

import org.jspecify.annotations.NullMarked;
