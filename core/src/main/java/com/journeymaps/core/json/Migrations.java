package com.journeymaps.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.JourneyMap;
import java.util.List;

/**
 * The chain that upgrades stored documents to the current schema version on read. Old documents
 * are never rejected for their age: each step lifts the document by one version until it is
 * current. Documents from a newer version are left alone; what this version does not know of them
 * is kept in the model's extensions.
 */
final class Migrations {

    private static final List<Migration> CHAIN = List.of(new MigrationV0ToV1());

    private Migrations() {
    }

    static ObjectNode upgrade(ObjectNode document, int fromVersion) {
        ObjectNode current = document;
        for (int version = fromVersion; version < JourneyMap.CURRENT_SCHEMA_VERSION; version++) {
            int from = version;
            Migration step = CHAIN.stream().filter(m -> m.from() == from).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
            current = step.apply(current);
        }
        return current;
    }
}
