import Foundation
import Testing
@testable import ProtokolReader

@Test func zzDumpLines() throws {
    guard let path = ProcessInfo.processInfo.environment["DUMP_LINES"] else { return }
    let bytes = try MinutesReader.load(path)
    let (text, _) = try TextDecoding.decode(bytes)
    let format = FormatDetection.detect(text: text)
    for line in MinutesReader.lines(text, format: format) {
        print("\(line.number)\t\(line.level)\(line.strong ? "B" : "")\t\(line.text)")
    }
}
