package org.factmark.desk;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder tree (the folders {@link Desk#scan} walks) and says, on its own thread, when files in it have
 * changed and then been quiet for a moment, so that a burst of changes (a save, a copy of many files) is told once.
 * Folders made later are watched too. Nothing is read or written.
 */
public final class FolderWatch implements AutoCloseable {
    private static final long QUIET_MS = 300;
    private final Path root;
    private final WatchService service;
    private final Runnable changed;
    private final Set<Path> watched = new HashSet<>();
    private final Thread thread;

    /** Starts watching {@code root}; {@code changed} runs on the watch's thread. */
    public FolderWatch(Path root, Runnable changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::run, "factmark-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean any = drain(key);
                // wait for the burst to end before telling
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    any |= drain(more);
                }
                if (any) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Takes a key's events; new folders are watched too. True when something in the tree changed. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean any = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            any = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path made = dir.resolve(name);
                if (Files.isDirectory(made)) {
                    registerTree(made);
                }
            }
        }
        if (!key.reset()) {
            synchronized (watched) {
                watched.remove(dir);
            }
        }
        return any;
    }

    private void registerTree(Path top) {
        try {
            Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            register(dir);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // loops and unreadable folders: listed by the scan
                        }
                    });
        } catch (IOException e) {
            // a folder that went away while being walked: nothing to watch there
        }
    }

    private void register(Path dir) {
        synchronized (watched) {
            if (!watched.add(dir)) {
                return;
            }
        }
        try {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | ClosedWatchServiceException e) {
            synchronized (watched) {
                watched.remove(dir);
            }
        }
    }

    /** How many folders are watched (for tests). */
    int folders() {
        synchronized (watched) {
            return watched.size();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing: nothing more to do
        }
        thread.interrupt();
    }
}
