import Foundation
import GRDB

extension ArticleCache {
    /// Brings the cache up to date for `paths` alone: what `FeedWatcher` saw change, without a walk
    /// of the feeds. An export is read when its size or time changed, a folder is walked, and
    /// whatever the cache holds at a path that is gone (an export, or everything below a folder) is
    /// removed. Paths outside `feeds` are ignored. The report lists each change (`changes`).
    ///
    /// The fingerprints a full or quick sync compares are left as they are: the next one sees the
    /// feeds changed since it stored them, compares every export with the cache, and finds the
    /// paths synced here up to date.
    public func sync(paths: [String], feeds: [URL]) throws -> SyncReport {
        var report = SyncReport()
        report.changes = []
        let fileLock = try FileLock(url: lock)
        fileLock.lock()
        defer { fileLock.unlock() }

        let roots = feeds.map { $0.standardizedFileURL.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        var files: [FeedWalker.File] = []
        var skipped: [SyncReport.Unreadable] = []
        var exact: [String] = []
        var folders: [String] = []
        for path in Set(paths) where roots.contains(where: { path.hasPrefix($0) }) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                // Gone: an export, or a folder and all it held.
                exact.append(path)
                folders.append(path + "/")
                var own = stat()
                if lstat(path, &own) == 0, own.st_mode & S_IFMT == S_IFLNK, FeedWatcher.isExport(path) {
                    skipped.append(.init(path: path, .danglingLink))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                var walker = FeedWalker(mode: .collect)
                walker.walk(path)
                files += walker.files
                skipped += walker.skipped
                folders.append(path + "/")
            case S_IFREG:
                exact.append(path)
                files.append(
                    FeedWalker.File(
                        path: path, size: Int64(info.st_size), modified: Platform.modified(info),
                        statusChanged: Platform.statusChanged(info)))
            case let kind:
                exact.append(path)
                skipped.append(.init(path: path, .entry(.notRegular(FileKind(mode: kind)))))
            }
        }
        var plan = SyncPlan(files: files, skipped: skipped)
        let cached = try pool.read { db in try SyncPlan.Cached(db, paths: exact, folders: folders) }
        plan.compare(with: cached)
        let seen = Set(plan.files.map(\.path))
        let gone = cached.known.keys.filter { !seen.contains($0) }.sorted()
        let work = plan.work
        guard !work.isEmpty || !gone.isEmpty || !plan.forgotten.isEmpty || !plan.skipped.isEmpty else {
            report.unchanged = plan.unchanged
            return report
        }
        report.unchanged = plan.unchanged
        report.unreadable = plan.stillUnreadable + plan.skipped
        report.changes? += gone.map { .init(.removed, $0) }
        try pool.write { db in try SyncWriter.write(plan, work: work, db, report: &report, progress: nil) }
        report.unreadable.sort { $0.path < $1.path }
        return report
    }
}
