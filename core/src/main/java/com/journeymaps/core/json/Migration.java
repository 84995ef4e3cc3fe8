package com.journeymaps.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the migration chain: turns a document of schema version {@link #from()} into one of
 * version {@code from() + 1}. Steps work on the JSON tree, before the model is built, so each step
 * only needs to know its two versions. Properties a step does not know are left where they are.
 */
interface Migration {

    int from();

    ObjectNode apply(ObjectNode document);
}
