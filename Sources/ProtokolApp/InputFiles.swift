import Foundation

/// Expands the paths given on the command line: a directory stands for the files in it.
public enum InputFiles {
    public static func expand(_ paths: [String]) -> [String] {
        var result = [String]()
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") {
                    result.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                result.append(path)
            }
        }
        return result
    }
}
