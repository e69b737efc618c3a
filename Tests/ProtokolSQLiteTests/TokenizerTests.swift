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
