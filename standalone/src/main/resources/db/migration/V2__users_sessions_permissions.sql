-- People, their sessions, and who may do what: per-space roles and per-page restrictions.

CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(255) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_pk PRIMARY KEY (username)
);

-- A session is known by the SHA-256 of its cookie value; the cookie itself is never stored.
CREATE TABLE user_session (
    token_hash  VARCHAR(64) NOT NULL,
    username    VARCHAR(64) NOT NULL,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_session_pk PRIMARY KEY (token_hash),
    CONSTRAINT user_session_user_fk FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);

-- principal: a username, or '*' for every signed-in user. Roles grow: viewer < commenter < editor < admin.
CREATE TABLE space_role (
    space_id  BIGINT      NOT NULL,
    principal VARCHAR(64) NOT NULL,
    role      VARCHAR(16) NOT NULL,
    CONSTRAINT space_role_pk PRIMARY KEY (space_id, principal),
    CONSTRAINT space_role_space_fk FOREIGN KEY (space_id) REFERENCES space (id),
    CONSTRAINT space_role_role_check CHECK (role IN ('viewer', 'commenter', 'editor', 'admin'))
);

-- A page with any 'view' rows is visible only to those users; with any 'edit' rows, editable only by them.
CREATE TABLE page_restriction (
    page_id  BIGINT      NOT NULL,
    kind     VARCHAR(8)  NOT NULL,
    username VARCHAR(64) NOT NULL,
    CONSTRAINT page_restriction_pk PRIMARY KEY (page_id, kind, username),
    CONSTRAINT page_restriction_page_fk FOREIGN KEY (page_id) REFERENCES page (id),
    CONSTRAINT page_restriction_user_fk FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT page_restriction_kind_check CHECK (kind IN ('view', 'edit'))
);
