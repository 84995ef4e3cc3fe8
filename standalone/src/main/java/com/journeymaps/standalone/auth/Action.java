package com.journeymaps.standalone.auth;

/** What someone wants to do with a page, mirroring Confluence's view / comment / edit / administer. */
public enum Action {
    VIEW,
    COMMENT,
    EDIT,
    ADMINISTER
}
