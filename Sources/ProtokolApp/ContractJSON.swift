import Foundation
import ProtokolModel

/// Writes parsed documents as the public JSON contract.
public enum ContractJSON {
    /// One document as JSON; `pretty` for a person, compact for JSON Lines.
    public static func encode(_ document: ParsedDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads the contract JSON back into a document.
    public static func decode(_ json: String) throws -> ParsedDocument {
        try JSONDecoder().decode(ParsedDocument.self, from: Data(json.utf8))
    }
}
