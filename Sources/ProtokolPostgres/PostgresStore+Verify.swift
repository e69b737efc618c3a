import PostgresNIO
import ProtokolStore

extension PostgresStore {
    /// The checks behind ``verify()``: a problem's name and a query counting the rows that have it.
    static let checks: [(problem: String, sql: String)] = [
        ("meetings without a current version", "SELECT count(*) FROM meeting WHERE current_document_id IS NULL"),
        ("originals without a reading", "SELECT count(*) FROM original o WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = o.id)"),
        ("originals whose bytes do not have their SHA-256", "SELECT count(*) FROM original WHERE encode(sha256(bytes), 'hex') <> sha256"),
        ("current versions that are not read without error", """
            SELECT count(*) FROM meeting m JOIN document d ON d.id = m.current_document_id
            WHERE d.status <> 'ok' OR d.meeting_id <> m.id
            """),
        ("meetings whose current version is not the newest", """
            SELECT count(*) FROM meeting m
            WHERE m.current_document_id IS DISTINCT FROM (SELECT max(d.id) FROM document d WHERE d.meeting_id = m.id AND d.status = 'ok')
            """),
        ("documents stored without all their items", """
            SELECT count(*) FROM document d WHERE d.status = 'ok'
            AND jsonb_array_length(d.contract::jsonb -> 'items') <> (SELECT count(*) FROM item i WHERE i.document_id = d.id)
            """),
        ("items stored without all their sections", """
            SELECT count(*) FROM document d JOIN item i ON i.document_id = d.id WHERE d.status = 'ok'
            AND jsonb_array_length(d.contract::jsonb -> 'items' -> i.position -> 'sections')
                <> (SELECT count(*) FROM section s WHERE s.item_id = i.id)
            """),
        ("indexed items that are not in a current version", """
            SELECT count(*) FROM item i WHERE (i.stems IS NOT NULL OR i.words IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.current_document_id = i.document_id)
            """),
        ("items of current versions that are not indexed", """
            SELECT count(*) FROM item i JOIN meeting m ON m.current_document_id = i.document_id
            WHERE i.stems IS NULL OR i.words IS NULL
            """),
        ("indexed items whose index differs from their text", """
            SELECT count(*) FROM item i JOIN item_text_source t ON t.id = i.id
            WHERE i.stems IS NOT NULL AND (i.stems <> protokol_item_stems(t.title, t.body) OR i.words <> protokol_item_words(t.title, t.body))
            """),
        ("indexed sections that are not in a current version", """
            SELECT count(*) FROM section s JOIN item i ON i.id = s.item_id WHERE (s.stems IS NOT NULL OR s.words IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.current_document_id = i.document_id)
            """),
        ("sections of current versions that are not indexed", """
            SELECT count(*) FROM section s JOIN item i ON i.id = s.item_id JOIN meeting m ON m.current_document_id = i.document_id
            WHERE s.stems IS NULL OR s.words IS NULL
            """),
        ("indexed sections whose index differs from their text", """
            SELECT count(*) FROM section s
            WHERE s.stems IS NOT NULL AND (s.stems <> protokol_stems(s.text) OR s.words <> protokol_words(s.text))
            """),
    ]

    public func verify() async throws(StoreError) -> [String] {
        let pending = try await pendingMigrations()
        if !pending.isEmpty { return ["migrations not applied: " + pending.joined(separator: ", ")] }
        return try await read { connection in
            var problems = [String]()
            // One snapshot for all checks, so a writer in the middle cannot make them disagree.
            try await self.rows("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", on: connection)
            do {
                for (problem, sql) in Self.checks {
                    let count = try await self.rows(PostgresQuery(unsafeSQL: "SELECT (\(sql)) AS n"), on: connection).first?.get("n", as: Int.self) ?? 0
                    if count != 0 { problems.append("\(problem): \(count)") }
                }
            } catch {
                _ = try? await self.rows("ROLLBACK", on: connection)
                throw error
            }
            try await self.rows("COMMIT", on: connection)
            return problems
        }
    }
}
