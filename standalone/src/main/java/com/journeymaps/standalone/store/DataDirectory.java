package com.journeymaps.standalone.store;

import com.journeymaps.standalone.StartupException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder a standalone server keeps everything in. Opening it makes sure it exists and is
 * writable, and takes an exclusive lock so that two servers never share one database; both
 * failures are refused at start with a message that says what to do.
 */
public final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "journeymaps.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the directory if needed, checks it is writable and locks it for this process. */
    public static DataDirectory open(Path requested) {
        Path path = requested.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new StartupException("cannot create data directory " + path + ": " + e.getMessage()
                    + ". Choose another one with --data DIR.", e);
        }
        if (!Files.isDirectory(path)) {
            throw new StartupException("data directory " + path + " is not a directory. Choose another one with --data DIR.");
        }
        try {
            Path probe = Files.createTempFile(path, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StartupException("data directory " + path + " is not writable (" + e.getMessage()
                    + "). Fix its permissions or choose another one with --data DIR.", e);
        }
        Path lockFile = path.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(path);
            }
            return new DataDirectory(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(path);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException("cannot lock data directory " + path + ": " + e.getMessage(), e);
        } catch (StartupException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static StartupException inUse(Path path) {
        return new StartupException("data directory " + path + " is in use by another Journey Maps server. "
                + "Stop that server, or start this one with --data pointing to another directory.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(lockChannel);
    }
}
