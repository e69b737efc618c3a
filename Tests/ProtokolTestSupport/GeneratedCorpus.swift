import Foundation

/// Many distinct minutes made from the five seeds: each copy moves the meeting to another year (a new
/// meeting), and some get a second copy with one sentence added (a new version of that meeting).
public enum GeneratedCorpus {
    public static let seeds = [
        "000_190a588e3052e256", "001_6da26ea54d3e0c77", "002_2e8588dc50a27a80", "003_4c82bc0f16a43aea",
        "004_a5f2ec9812497cce",
    ]

    /// ../shared/corpus/seeds beside the repository, or PROTOKOL_SEEDS.
    public static var seedDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["PROTOKOL_SEEDS"] { return URL(fileURLWithPath: override) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/seeds")
    }

    /// Writes `meetings` files named m0000_….txt and `versions` files named v0000_….txt (a changed copy of
    /// the meeting file with the same number) into `directory`; returns them in name order.
    public static func write(into directory: URL, meetings: Int, versions: Int) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let texts = try seeds.map { name -> String in
            let url = seedDirectory.appendingPathComponent(name + ".txt")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
            }
            return String(decoding: data, as: UTF8.self)
        }
        var files = [URL]()
        for k in 0..<meetings {
            let year = String(2030 + k / seeds.count)
            let text = texts[k % seeds.count].replacingOccurrences(of: "2022", with: year).replacingOccurrences(of: "2023", with: year)
            let number = String(k + 10_000).dropFirst()
            let file = directory.appendingPathComponent("m\(number)_\(seeds[k % seeds.count]).txt")
            try Data(text.utf8).write(to: file)
            files.append(file)
            if k < versions {
                let version = directory.appendingPathComponent("v\(number)_\(seeds[k % seeds.count]).txt")
                try Data((text + "\n\nRettelse: referatet er rettet efter mødet.\n").utf8).write(to: version)
                files.append(version)
            }
        }
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
