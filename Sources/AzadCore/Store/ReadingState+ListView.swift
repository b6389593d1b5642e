import GRDB

/// The list's view (all, unread or starred articles) and order, remembered between runs.
extension ReadingState {
    /// Adds the one-row table that holds the list's view.
    static func registerListViewMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("list-view") { db in
            try db.execute(
                sql: """
                    CREATE TABLE list_view (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        marks TEXT NOT NULL,
                        sort TEXT NOT NULL,
                        reversed INTEGER NOT NULL
                    );
                    """)
        }
    }

    /// The view last saved; nil when none was, or when it names a view or an order this version
    /// does not know (another version wrote it).
    public func listView() throws -> ListView? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT marks, sort, reversed FROM list_view WHERE id = 1"),
                let marks = ListView.Marks(rawValue: row["marks"]), let key = ListOrder.Key(rawValue: row["sort"])
            else { return nil }
            return ListView(marks: marks, order: ListOrder(key: key, reversed: row["reversed"]))
        }
    }

    /// Remembers `view`.
    public func setListView(_ view: ListView) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO list_view(id, marks, sort, reversed) VALUES (1, ?, ?, ?)",
                arguments: [view.marks.rawValue, view.order.key.rawValue, view.order.reversed])
        }
    }
}
