import Foundation
import GRDB
import GRDBSQLite

/// `protokol_bm25(table, ?)`: FTS5's own bm25, the same formula and the same arithmetic (so the same
/// scores to the last bit), except that each row's size in tokens comes from memory (``HitIndex``)
/// instead of FTS5's `docsize` table. That lookup, a B-tree search per hit, was about two thirds of
/// bm25's cost, and bm25 most of a common word's search.
///
/// The argument after the table is a ``State`` bound with `sqlite3_bind_pointer` (type ``pointerType``):
/// the column weights and the sizes by row id. A row the sizes do not know is measured by FTS5 as bm25 does.
enum RankFunction {
    static let name = "protokol_bm25"
    static let pointerType: StaticString = "protokol_bm25_state"
    /// ``pointerType`` as the C string SQLite compares (a static string: it lives as long as the program).
    static var typeName: UnsafePointer<CChar> { UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self) }

    /// What one scan's calls share; it lives on the scanning function's stack while the statement steps.
    struct State {
        /// Each column's weight (1 for columns past the end), as bm25's trailing arguments.
        var weights: [Double]
        /// Tokens per row id (every column), -1 where unknown.
        var sizes: UnsafeBufferPointer<Int32>
        /// Set on the first row: the rows in the table, the average row size and each phrase's IDF.
        var ready = false
        var rows: Int64 = 0
        var averageSize = 0.0
        var idf: [Double] = []
        var frequencies: [Double] = []
        /// One phrase: its IDF needs the number of rows holding it, which are exactly the rows the scan gives, so
        /// it is not counted in a pass of its own (bm25 does); the function gives the phrase's weighted frequency
        /// and ``lastSize``, and the scan makes the score with ``score(idf:frequency:size:averageSize:)``.
        var deferred = false
        /// The size of the row just scored (deferred scans).
        var lastSize: Int32 = 0

        init(weights: [Double], sizes: UnsafeBufferPointer<Int32>) {
            self.weights = weights
            self.sizes = sizes
        }
    }

    /// Registers the function on a connection (once per connection, before any search).
    static func register(_ db: Database) throws {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        guard let create = api.pointee.xCreateFunction else { throw DatabaseError(message: "FTS5 cannot create functions") }
        let code = name.withCString { create(api, $0, nil, protokolBM25, nil) }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(name)") }
    }

    /// Binds `state` to parameter `index` of a statement; valid while `state` is.
    static func bind(_ state: UnsafeMutablePointer<State>, to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_pointer(statement, index, state, typeName, nil)
    }

    /// bm25's IDF of a phrase held by `hits` of `rows` rows.
    static func idf(rows: Int64, hits: Int64) -> Double {
        let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
        return value <= 0 ? 1e-6 : value
    }

    /// One phrase's part of bm25 (k1 1.2, b 0.75), in bm25's order of operations.
    static func part(idf: Double, frequency: Double, size: Double, averageSize: Double) -> Double {
        let k1 = 1.2
        let b = 0.75
        return idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * size / averageSize)))
    }

    /// The score of a one-phrase row of a deferred scan.
    static func score(idf: Double, frequency: Double, size: Int32, averageSize: Double) -> Double {
        var score = 0.0
        score += part(idf: idf, frequency: frequency, size: Double(size), averageSize: averageSize)
        return -1.0 * score
    }

    /// One row's score, as `bm25()` computes it (fts5_aux.c, fts5Bm25Function); for a deferred scan the phrase's frequency.
    fileprivate static func score(_ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ state: UnsafeMutablePointer<State>) -> (Int32, Double) {
        if !state.pointee.ready {
            guard let rowCount = api.xRowCount, let totalSize = api.xColumnTotalSize, let phraseCount = api.xPhraseCount,
                let queryPhrase = api.xQueryPhrase
            else { return (SQLITE_ERROR, 0) }
            var rows: Int64 = 0
            var tokens: Int64 = 0
            var code = rowCount(fts, &rows)
            if code == SQLITE_OK { code = totalSize(fts, -1, &tokens) }
            guard code == SQLITE_OK else { return (code, 0) }
            state.pointee.rows = rows
            state.pointee.averageSize = Double(tokens) / Double(rows)
            let phrases = Int(phraseCount(fts))
            var idf = [Double](repeating: 0, count: phrases)
            state.pointee.deferred = phrases == 1
            for phrase in 0..<phrases where phrases > 1 {
                var hits: Int64 = 0
                code = queryPhrase(fts, Int32(phrase), &hits, countHit)
                guard code == SQLITE_OK else { return (code, 0) }
                idf[phrase] = Self.idf(rows: rows, hits: hits)
            }
            state.pointee.idf = idf
            state.pointee.frequencies = [Double](repeating: 0, count: phrases)
            state.pointee.ready = true
        }
        guard let phraseFirst = api.xPhraseFirst, let phraseNext = api.xPhraseNext, let rowid = api.xRowid else { return (SQLITE_ERROR, 0) }
        let phrases = state.pointee.idf.count
        var score = 0.0
        state.pointee.frequencies.withUnsafeMutableBufferPointer { frequencies in
            state.pointee.weights.withUnsafeBufferPointer { weights in
                for phrase in 0..<phrases {
                    var frequency = 0.0
                    var iterator = Fts5PhraseIter(a: nil, b: nil)
                    var column: Int32 = 0
                    var offset: Int32 = 0
                    // The instances in position order, as bm25 adds them up (xInst); the weights are whole numbers anyway.
                    _ = phraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
                    while column >= 0 {
                        frequency += Int(column) < weights.count ? weights[Int(column)] : 1.0
                        phraseNext(fts, &iterator, &column, &offset)
                    }
                    frequencies[phrase] = frequency
                }
            }
        }
        let id = rowid(fts)
        var size: Int32 = -1
        if id >= 0, id < state.pointee.sizes.count { size = state.pointee.sizes[Int(id)] }
        if size < 0 {
            guard let columnSize = api.xColumnSize else { return (SQLITE_ERROR, 0) }
            let code = columnSize(fts, -1, &size)
            guard code == SQLITE_OK else { return (code, 0) }
        }
        if state.pointee.deferred {
            state.pointee.lastSize = size
            return (SQLITE_OK, state.pointee.frequencies[0])
        }
        let averageSize = state.pointee.averageSize
        for phrase in 0..<phrases {
            score += part(idf: state.pointee.idf[phrase], frequency: state.pointee.frequencies[phrase], size: Double(size), averageSize: averageSize)
        }
        return (SQLITE_OK, -1.0 * score)
    }
}

/// xQueryPhrase's callback: counts the rows holding the phrase.
private func countHit(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ data: UnsafeMutableRawPointer?) -> Int32 {
    data?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

/// The FTS5 auxiliary function (a C function, so it captures nothing).
private func protokolBM25(
    _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?, _ count: Int32,
    _ values: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api, let fts, let values, count >= 1, let pointer = sqlite3_value_pointer(values[0], RankFunction.typeName) else {
        sqlite3_result_error(context, "\(RankFunction.name) needs its state", -1)
        return
    }
    let (code, score) = RankFunction.score(api.pointee, fts, pointer.assumingMemoryBound(to: RankFunction.State.self))
    if code == SQLITE_OK {
        sqlite3_result_double(context, score)
    } else {
        sqlite3_result_error_code(context, code)
    }
}
