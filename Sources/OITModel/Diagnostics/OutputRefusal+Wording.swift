/// Why a build refuses an output folder, in the words of `Message.outputRefused`.
extension OutputRefusal {
    package var thai: String {
        switch self {
        case .isSource(let folder): return "เป็นโฟลเดอร์\(folder.thai)เอง"
        case .insideSource(let folder): return "อยู่ในโฟลเดอร์\(folder.thai)"
        case .containsSource(let folder): return "มีโฟลเดอร์\(folder.thai)อยู่ข้างใน"
        case .isFile: return "เป็นไฟล์ ไม่ใช่โฟลเดอร์"
        case .foreignFolder: return "มีไฟล์อื่นอยู่แล้วและไม่ได้สร้างโดย oit (ไม่มีไฟล์ .oit-output)"
        case .foreignStaging(let name): return "มีโฟลเดอร์ \(name) ที่ไม่ได้สร้างโดย oit อยู่ข้าง ๆ"
        }
    }

    package var english: String {
        switch self {
        case .isSource(let folder): return "it is the \(folder.rawValue) folder"
        case .insideSource(let folder): return "it lies inside the \(folder.rawValue) folder"
        case .containsSource(let folder): return "it contains the \(folder.rawValue) folder"
        case .isFile: return "it is a file, not a folder"
        case .foreignFolder: return "it holds files not written by oit (no .oit-output file)"
        case .foreignStaging(let name): return "\(name) beside it was not written by oit"
        }
    }
}

extension OutputRefusal.SourceFolder {
    package var thai: String {
        switch self {
        case .content: return "เนื้อหา"
        case .theme: return "แม่แบบ"
        }
    }
}
