/** The {@code blocklet} command. */
module org.blocklet4j.cli {
    requires org.blocklet4j.meta;
    requires org.blocklet4j.resolver;
    requires org.blocklet4j.schema;
    requires org.blocklet4j.bundle;
    requires info.picocli;
    requires tools.jackson.databind;
    requires static org.jspecify;

    opens org.blocklet4j.cli to info.picocli;
}
