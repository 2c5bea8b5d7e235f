package org.blocklet4j.cli;

import java.util.List;

/** An output format for {@code validate}: told of each manifest in turn, then of the end. */
interface Report {
    void manifest(Checked checked);

    void finish(List<Checked> all);
}
