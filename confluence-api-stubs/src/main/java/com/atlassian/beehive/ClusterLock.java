package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * STUB (compile only). A named cluster-wide lock. Interface extending {@link Lock}: the plugin uses only the inherited
 * {@code tryLock(long, TimeUnit)} and {@code unlock()}.
 *
 * <p>Source: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * ({@code public interface ClusterLock extends Lock}). UNCONFIRMED for Confluence 10.
 */
public interface ClusterLock extends Lock {
}
