import GRDB
import ProtokolStore

extension SQLiteStore {
    public func verify() async throws(StoreError) -> [String] {
        try await write { db in
            var problems = [String]()
            let quick = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if quick != ["ok"] { problems += quick.map { "quick_check: \($0)" } }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreignKeys.isEmpty { problems.append("\(foreignKeys.count) rows break a foreign key") }
            for table in ["itemText", "sectionText"] {
                do {
                    // rank 1: also compare the index with the content it was made from.
                    try db.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('integrity-check', 1)")
                } catch {
                    problems.append("\(table): \(Self.message(error))")
                }
            }
            let counts: [(String, String)] = [
                ("meetings without a current version", "SELECT count(*) FROM meeting WHERE currentDocumentID IS NULL"),
                ("originals without a reading", "SELECT count(*) FROM original o WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = o.id)"),
                ("current versions that are not read without error", """
                    SELECT count(*) FROM meeting m JOIN document d ON d.id = m.currentDocumentID
                    WHERE d.status <> 'ok' OR d.meetingID <> m.id
                    """),
                ("meetings whose current version is not the newest", """
                    SELECT count(*) FROM meeting m
                    WHERE m.currentDocumentID <> (SELECT max(d.id) FROM document d WHERE d.meetingID = m.id AND d.status = 'ok')
                    """),
                ("documents stored without all their items", """
                    SELECT count(*) FROM document d WHERE d.status = 'ok'
                    AND json_array_length(d.contract, '$.items') <> (SELECT count(*) FROM item i WHERE i.documentID = d.id)
                    """),
                ("items stored without all their sections", """
                    SELECT count(*) FROM document d JOIN item i ON i.documentID = d.id WHERE d.status = 'ok'
                    AND json_array_length(d.contract, '$.items[' || i.position || '].sections')
                        <> (SELECT count(*) FROM section s WHERE s.itemID = i.id)
                    """),
                ("indexed items that are not in a current version", """
                    SELECT count(*) FROM itemText_docsize x
                    WHERE NOT EXISTS (SELECT 1 FROM item i JOIN meeting m ON m.currentDocumentID = i.documentID WHERE i.id = x.id)
                    """),
                ("items of current versions that are not indexed", """
                    SELECT count(*) FROM item i JOIN meeting m ON m.currentDocumentID = i.documentID
                    WHERE NOT EXISTS (SELECT 1 FROM itemText_docsize x WHERE x.id = i.id)
                    """),
                ("indexed sections that are not in a current version", """
                    SELECT count(*) FROM sectionText_docsize x
                    WHERE NOT EXISTS (SELECT 1 FROM section s JOIN item i ON i.id = s.itemID
                        JOIN meeting m ON m.currentDocumentID = i.documentID WHERE s.id = x.id)
                    """),
                ("sections of current versions that are not indexed", """
                    SELECT count(*) FROM section s JOIN item i ON i.id = s.itemID JOIN meeting m ON m.currentDocumentID = i.documentID
                    WHERE NOT EXISTS (SELECT 1 FROM sectionText_docsize x WHERE x.id = s.id)
                    """),
            ]
            for (problem, sql) in counts {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count != 0 { problems.append("\(problem): \(count)") }
            }
            return problems
        }
    }
}
