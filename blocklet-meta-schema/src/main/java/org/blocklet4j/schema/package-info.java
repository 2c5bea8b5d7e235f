/**
 * The JSON Schema of {@code blocklet.yml} ({@link org.blocklet4j.schema.SchemaVariant}) and schema-only validation
 * with it ({@link org.blocklet4j.schema.SchemaValidator}).
 */
@NullMarked
package org.blocklet4j.schema;

import org.jspecify.annotations.NullMarked;
