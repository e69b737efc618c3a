/// A String-keyed table for folded words that looks NFC text up by its bytes, so the hot path neither
/// normalises nor allocates. Text that is not simple (see `Bytes.isSimple`) takes the String dictionary.
struct LexiconTable<Value: Sendable>: Sendable {
    /// The same entries keyed by String, for text outside the byte path.
    let dictionary: [String: Value]
    private let keys: [[UInt8]]
    private let values: [Value]
    /// Open addressing: 1-based entry indices, 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int
    /// All keys are simple, so byte equality is String equality for simple text.
    private let byteLookup: Bool

    /// No entries.
    var isEmpty: Bool { dictionary.isEmpty }

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var keys = [[UInt8]]()
        var values = [Value]()
        var allSimple = true
        for (key, value) in dictionary {
            if !Bytes.isSimple(key) { allSimple = false }
            keys.append(Array(key.utf8))
            values.append(value)
        }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, key) in keys.enumerated() {
            var slot = key.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.mask = size - 1
        self.byteLookup = allSimple
    }

    /// A set of words as a table.
    init(_ words: some Sequence<String>) where Value == Bool {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    subscript(_ key: String) -> Value? {
        guard byteLookup else { return dictionary[key] }
        var copy = key
        return copy.withUTF8 { buffer in Bytes.isSimple(buffer) ? self[bytes: buffer] : dictionary[key] }
    }

    /// The value for bytes that are simple text.
    subscript(bytes buffer: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Self.hash(buffer) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1].withUnsafeBufferPointer({ $0.elementsEqual(buffer) }) { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    /// The value for a folded line, by its bytes when it is simple.
    subscript(_ folded: FoldedText) -> Value? {
        guard byteLookup, folded.simple else { return self[folded.string] }
        return folded.bytes.withUnsafeBufferPointer { self[bytes: $0] }
    }

    func contains(_ folded: FoldedText) -> Bool { self[folded] != nil }

    /// FNV-1a over the bytes.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in buffer { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

/// A line folded for lookups (see `Lexicon.fold`) as bytes, with a String made only when one is needed.
struct FoldedText {
    let bytes: [UInt8]
    /// The line was simple (see `Bytes.isSimple`), and folding keeps it so.
    let simple: Bool

    /// Folds `line` when `condition` holds, else stands for the empty text.
    init(_ line: Line, if condition: Bool) {
        bytes = condition ? Lexicon.foldedBytes(line.text) : []
        simple = line.hints.contains(.simple)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    /// Byte prefix test; for simple text the same as `String.hasPrefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[k] != p[k] { return false }
        return true
    }
}
