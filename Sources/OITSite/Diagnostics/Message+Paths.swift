/// The files a message names, shown as its leading location is shown: the loader names content
/// files `<content folder>/<path>`, which `DisplayPaths` turns into the path from the current
/// folder; a message printed with the raw name would say `proj/agencies/…` beside `agencies/…`.
extension Message {
    /// The message with every file it names (a path, or the file of a place) passed through `display`.
    /// Paths the content wrote (`files/report.pdf`) go through too: `display` changes only paths
    /// that start with the content folder's name or are absolute.
    public func displayingPaths(_ display: (String) -> String) -> Message {
        func place(_ location: SourceLocation) -> SourceLocation {
            var shown = location
            if !shown.file.isEmpty { shown.file = display(shown.file) }
            return shown
        }
        switch self {
        case .duplicateFramework(let round, let other): return .duplicateFramework(round: round, other: place(other))
        case .duplicateCode(let code, let other): return .duplicateCode(code, other: place(other))
        case .duplicateKey(let key, let first): return .duplicateKey(key, first: place(first))
        case .unreadableFile(let path): return .unreadableFile(display(path))
        case .cannotWrite(let path, let reason): return .cannotWrite(path: display(path), reason: reason)
        case .missingFile(let path): return .missingFile(display(path))
        case .noAgencies(let path): return .noAgencies(display(path))
        case .strayFile(let path): return .strayFile(display(path))
        case .unknownContentFile(let path, let suggestion): return .unknownContentFile(display(path), suggestion: suggestion)
        case .outsideContent(let path): return .outsideContent(display(path))
        case .missingFolder(let path): return .missingFolder(display(path))
        case .unreadableFolder(let path): return .unreadableFolder(display(path))
        case .linkLoop(let path): return .linkLoop(display(path))
        case .fileTooLarge(let path, let limit): return .fileTooLarge(display(path), limit: limit)
        case .fiscalYear(.roundNotAssessedYet(let file, let round, let belongsIn)):
            return .fiscalYear(.roundNotAssessedYet(file: display(file), round: round, belongsIn: belongsIn))
        default: return self
        }
    }
}
