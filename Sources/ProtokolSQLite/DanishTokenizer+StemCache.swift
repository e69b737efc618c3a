import DanishStemmer
import Foundation

extension DanishTokenizer {
    /// A bounded memo of stem lengths by the word's bytes, for the byte path of the tokenizer.
    ///
    /// Direct-mapped: a word's slot is picked by its hash, a lookup is one hash and one compare, and a
    /// word new to its slot replaces the one there; so memory stays fixed (slots × ``wordLimit`` bytes)
    /// whatever the text. Minutes repeat their words, so most lookups hit. One cache belongs to one
    /// tokenizer, which SQLite uses on one connection at a time.
    final class StemCache {
        /// Longer words are stemmed every time.
        static let wordLimit = 32

        private let mask: Int
        private let words: UnsafeMutablePointer<UInt8>
        /// The length of the word in each slot (0: empty) and of its stem.
        private let lengths: UnsafeMutablePointer<UInt8>
        private let stems: UnsafeMutablePointer<UInt8>

        /// `slots` is rounded up to a power of two.
        init(slots: Int = 1 << 14) {
            var count = 1
            while count < max(1, slots) { count <<= 1 }
            mask = count - 1
            words = .allocate(capacity: count * Self.wordLimit)
            lengths = .allocate(capacity: count)
            lengths.initialize(repeating: 0, count: count)
            stems = .allocate(capacity: count)
            stems.initialize(repeating: 0, count: count)
        }

        deinit {
            words.deallocate()
            lengths.deallocate()
            stems.deallocate()
        }

        /// ``DanishStemmer/stemLength(ofLowercaseUTF8:)`` of the word, from the cache when it is there.
        func stemLength(ofLowercaseUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let count = bytes.count
            guard count > 0, count <= Self.wordLimit, let base = bytes.baseAddress else {
                return DanishStemmer.stemLength(ofLowercaseUTF8: bytes)
            }
            // FNV-1a.
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for index in 0..<count { hash = (hash ^ UInt64(base[index])) &* 0x100_0000_01B3 }
            let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            let stored = words + slot * Self.wordLimit
            if Int(lengths[slot]) == count && memcmp(stored, base, count) == 0 { return Int(stems[slot]) }
            let stem = DanishStemmer.stemLength(ofLowercaseUTF8: bytes)
            stored.update(from: base, count: count)
            lengths[slot] = UInt8(count)
            stems[slot] = UInt8(stem)
            return stem
        }
    }
}
