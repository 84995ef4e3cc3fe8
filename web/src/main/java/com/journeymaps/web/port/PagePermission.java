package com.journeymaps.web.port;

/** What a person may do with a page: the host's view, comment and edit permissions. */
public enum PagePermission {
    VIEW,
    COMMENT,
    EDIT
}
