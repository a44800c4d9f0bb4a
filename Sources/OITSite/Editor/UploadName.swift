import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The name an uploaded evidence file gets in the year's `files/` folder: the clerk's own (Thai)
/// name kept as far as it is safe. NFC, so that the same name typed on two systems is one file;
/// separators, control characters and what breaks a web address (`FileName.unsafeCharacter`)
/// replaced; no leading dot or separator (`../../x.pdf` becomes `x.pdf`, `.htaccess` `htaccess`);
/// and the extension of the type found in the content, so a PDF named `x.php` is served as a PDF.
public enum UploadName {
    /// The longest name in bytes that every common file system keeps.
    static let maxBytes = 200

    public static func safe(_ typed: String, kind: UploadKind) -> String {
        let normalized = typed.precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars {
            if scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control {
                scalars.append("_")
            } else if scalar.properties.isWhitespace {
                scalars.append("-")
            } else if FileName.unsafeCharacter(in: String(scalar)) != nil {
                scalars.append("_")
            } else {
                scalars.append(scalar)
            }
        }
        var name = String(scalars)
        // No hidden file, and nothing left of a path: strip what a path or a dot file starts with.
        while let first = name.first, ".-_".contains(first) { name.removeFirst() }
        var (stem, ext) = split(name)
        if !kind.extensions.contains(ext.lowercased()) {
            stem = name
            ext = kind.extensions[0]
        }
        while let last = stem.last, ".-_".contains(last) { stem.removeLast() }
        if stem.isEmpty { stem = "file" }
        while stem.utf8.count + ext.utf8.count + 1 > maxBytes { stem.removeLast() }
        return stem + "." + ext.lowercased()
    }

    /// `name-2.pdf` for `name.pdf` and 2: a free name beside a file of other content.
    public static func numbered(_ name: String, _ number: Int) -> String {
        let (stem, ext) = split(name)
        return ext.isEmpty ? "\(name)-\(number)" : "\(stem)-\(number).\(ext)"
    }

    private static func split(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
