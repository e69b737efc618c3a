import DanishStemmer
import Foundation
import GRDB
import ProtokolTestSupport
import Testing
@testable import ProtokolSQLite

@Suite("The Danish FTS5 tokenizer")
struct TokenizerTests {
    private func tokenizer() throws -> (DatabaseQueue, any FTS5Tokenizer) {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: DanishTokenizer.self) }
        let queue = try DatabaseQueue(configuration: configuration)
        let tokenizer = try queue.read { db in try db.makeTokenizer(DanishTokenizer.tokenizerDescriptor()) }
        return (queue, tokenizer)
    }

    @Test("documents: each word as its stem, and the whole word at the same position when it differs")
    func documentTokens() throws {
        let (_, tokenizer) = try tokenizer()
        let tokens = try tokenizer.tokenize(document: "Det skærpede tilsyn med Kommunerne")
        #expect(tokens.map(\.token) == ["det", "skærped", "skærpede", "tilsyn", "med", "kommun", "kommunerne"])
        #expect(tokens.map { $0.flags.contains(.colocated) } == [false, false, true, false, false, false, true])
    }

    @Test("diacritics are kept: å, æ, ø stay themselves")
    func diacriticsKept() throws {
        let (_, tokenizer) = try tokenizer()
        #expect(try tokenizer.tokenize(query: "bål").map(\.token) == ["bål"])
        #expect(try tokenizer.tokenize(query: "BÅL").map(\.token) == ["bål"])
        #expect(try tokenizer.tokenize(query: "bal").map(\.token) == ["bal"])
        #expect(try tokenizer.tokenize(query: "Økonomi").map(\.token) == ["økonomi"])
        // "a" followed by a combining ring is the same word as "å".
        #expect(try tokenizer.tokenize(query: "ba\u{30A}l").map(\.token) == ["bål"])
    }

    @Test("queries: words by their stem")
    func queryTokens() throws {
        let (_, tokenizer) = try tokenizer()
        #expect(try tokenizer.tokenize(query: "skærpet tilsynet kommunernes").map(\.token) == ["skærp", "tilsyn", "kommun"])
    }

    @Test("a table with the tokenizer finds inflections, prefixes and phrases")
    func table() throws {
        let (queue, _) = try tokenizer()
        try queue.write { db in
            try db.create(virtualTable: "t", using: FTS5()) { t in
                t.tokenizer = DanishTokenizer.tokenizerDescriptor()
                t.column("text")
            }
            try db.execute(sql: "INSERT INTO t (rowid, text) VALUES (1, 'Kommunen er under skærpet tilsyn'), (2, 'Beskæftigelsesindsatsen i år'), (3, 'Et bål')")
            func match(_ query: String) throws -> [Int64] {
                try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [query])
            }
            #expect(try match("skærpet") == [1])
            #expect(try match("kommunerne") == [1])
            #expect(try match("tilsynet") == [1])
            #expect(try match("\"skærpet tilsynet\"") == [1])
            #expect(try match("\"tilsyn skærpet\"").isEmpty)
            #expect(try match("beskæft*") == [2])
            #expect(try match("beskæftigelsesinds*") == [2])
            #expect(try match("år") == [2])
            #expect(try match("bål") == [3])
            #expect(try match("bal").isEmpty)
        }
    }

    /// The tokenizer hands plain lower-case words on as bytes; every other word goes through Strings.
    /// Both must give what unicode61 + the stemmer on Strings give, for every word of the seeds and of
    /// words chosen to take the String path (capitals, combining marks, letters outside Latin-1).
    @Test("the byte path gives the same tokens as unicode61 and the stemmer on Strings")
    func bytePathMatchesStrings() throws {
        let (queue, tokenizer) = try tokenizer()
        let unicode61 = try queue.read { db in try db.makeTokenizer(.unicode61(diacritics: .keep)) }
        let stemmer = DanishStemmer()
        var text = "Kommunerne BESKÆFTIGELSE ba\u{30A}lene Ærøs æblerne 2022 x×y Škodaerne straße Œuvre ÿndigt ĳsselmeer"
        let seeds = GeneratedCorpus.seedDirectory
        for name in GeneratedCorpus.seeds {
            if let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name + ".txt").path) {
                text += "\n" + String(decoding: data, as: UTF8.self)
            }
        }
        var expectedDocument = [String]()
        var expectedQuery = [String]()
        for (token, _) in try unicode61.tokenize(document: text) {
            let word = DanishTokenizer.composed(token)
            let stem = stemmer.stem(word)
            expectedDocument.append(stem)
            if stem != word { expectedDocument.append("+" + word) }
            expectedQuery.append(stem)
        }
        let document = try tokenizer.tokenize(document: text).map { $0.flags.contains(.colocated) ? "+" + $0.token : $0.token }
        #expect(document.count > 10_000)
        #expect(document == expectedDocument)
        #expect(try tokenizer.tokenize(query: text).map(\.token) == expectedQuery)
    }
}

@Suite("The tokenizer's stem cache")
struct StemCacheTests {
    /// Every word of the seeds, as unicode61 gives it (lower case), on the byte path's terms.
    private func seedWords() throws -> [String] {
        let queue = try DatabaseQueue()
        let unicode61 = try queue.read { db in try db.makeTokenizer(.unicode61(diacritics: .keep)) }
        var text = ""
        for name in GeneratedCorpus.seeds {
            if let data = FileManager.default.contents(atPath: GeneratedCorpus.seedDirectory.appendingPathComponent(name + ".txt").path) {
                text += "\n" + String(decoding: data, as: UTF8.self)
            }
        }
        return try unicode61.tokenize(document: text).map(\.token) + ["a", String(repeating: "æbler", count: 10)]
    }

    @Test("gives the stemmer's stem length for every word, first seen and cached, in a large cache and in one of 4 slots")
    func sameStems() throws {
        let words = try seedWords()
        #expect(words.count > 10_000)
        for cache in [DanishTokenizer.StemCache(), DanishTokenizer.StemCache(slots: 4)] {
            // Twice: the second round comes from the cache (or, in 4 slots, from words pushing each other out).
            for _ in 0..<2 {
                for word in words {
                    let (cached, direct) = Array(word.utf8).withUnsafeBufferPointer { buffer in (cache.stemLength(ofLowercaseUTF8: buffer), DanishStemmer.stemLength(ofLowercaseUTF8: buffer))
                    }
                    #expect(cached == direct, "\(word)")
                }
            }
        }
    }

    @Test("a tokenizer gives the same tokens for a text the second time (its words then cached)")
    func sameTokensTwice() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: DanishTokenizer.self) }
        let queue = try DatabaseQueue(configuration: configuration)
        let tokenizer = try queue.read { db in try db.makeTokenizer(DanishTokenizer.tokenizerDescriptor()) }
        let text = try seedWords().joined(separator: " ")
        let first = try tokenizer.tokenize(document: text).map { "\($0.token) \($0.flags.rawValue)" }
        let second = try tokenizer.tokenize(document: text).map { "\($0.token) \($0.flags.rawValue)" }
        #expect(first.count > 10_000)
        #expect(first == second)
    }
}
