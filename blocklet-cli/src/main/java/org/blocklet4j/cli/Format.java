package org.blocklet4j.cli;

/** Output formats. */
enum Format {
    text, jsonl, sarif
}
