import ArgumentParser
import Foundation
import OITLoad
import OITModel
import OITRender
import OITServe
import OITSite

/// `oit serve`: a live preview on this computer.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "แสดงตัวอย่างเว็บไซต์บนเครื่องนี้ สร้างใหม่เมื่อแก้ไฟล์ / live preview on this computer",
        discussion: """
            สร้างเว็บไซต์ไว้ในโฟลเดอร์ชั่วคราว เปิดที่ http://127.0.0.1:<port>/ เมื่อแก้ไฟล์เนื้อหาหรือแม่แบบ
            จะสร้างใหม่และหน้าที่เปิดอยู่โหลดใหม่เอง ถ้าสร้างไม่สำเร็จ ข้อผิดพลาดแสดงบนหน้าเว็บและยังแสดงฉบับล่าสุดที่สร้างได้
            Builds into a temporary folder and serves it; rebuilds on every change, and open pages reload.
            """)

    @OptionGroup var options: ContentOptions
    @OptionGroup var themeOptions: ThemeOptions

    @Option(help: "พอร์ต (0 ให้ระบบเลือก) / port (0: any free port)")
    var port: UInt16 = 1313

    @Flag(help: "บันทึกแต่ละครั้งจากตัวแก้ไข (/_edit/) เป็น commit ของ git / commit each save of the editor (/_edit/) to git")
    var commit = false

    @Option(help: "ขนาดไฟล์อัปโหลดสูงสุด (MB) / largest upload in the editor (MB)")
    var maxUpload: Int = 20

    func validate() throws {
        try themeOptions.check(options.lang)
        guard (1...1024).contains(maxUpload) else {
            throw ValidationError("--max-upload ต้องอยู่ระหว่าง 1 ถึง 1024 (MB) / must be 1 to 1024 (MB)")
        }
    }

    func run() async throws {
        let report = options.report
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let textPaths = DisplayPaths(contentArgument: options.contentPath)
        let language = options.lang
        let server = try PreviewServer(
            options: options.builderOptions(theme: themeOptions.themeURL, output: here),
            port: port,
            ignored: [
                here.appending(path: "Site"), options.contentURL.appending(path: "Site"),
                options.projectURL.appending(path: "Site"),
            ],
            language: language,
            editor: EditorSettings(commit: commit, maxUpload: maxUpload * 1_048_576),
            errorText: { diagnostics in
                diagnostics.sorted.map { DiagnosticFormat.text.line(for: $0, language: language, displayPath: textPaths.display) }
                    .joined(separator: "\n")
            },
            onBuild: { build in
                report.print(build.outcome.diagnostics)
                let time = String(format: "%.1f", build.seconds)
                if build.outcome.wrote {
                    report.status(
                        "\(build.first ? "สร้าง" : "สร้างใหม่") \(build.outcome.agencies) หน่วยงาน (\(time) วินาที)",
                        "\(build.first ? "built" : "rebuilt") \(build.outcome.agencies) agencies (\(time) s)")
                } else {
                    report.status("สร้างไม่สำเร็จ: ยังแสดงฉบับล่าสุดที่สร้างได้", "build failed: still serving the last good build")
                }
            })
        stopOnSignals { server.cleanUp() }
        do {
            try await server.run { address in
                Report.output(address)
                report.status("แสดงตัวอย่างที่ \(address) (กด Ctrl-C เพื่อหยุด)", "serving at \(address) (Ctrl-C to stop)")
                let readiness = address.dropLast() + PreviewServer.readinessPath
                report.status("รายงานความพร้อม: \(readiness)", "readiness report: \(readiness)")
                let editor = address.dropLast() + PreviewServer.editorPath
                report.status("แก้ไขเนื้อหา: \(editor)", "content editor: \(editor)")
            }
        } catch {
            server.cleanUp()
            let (thai, english) = Self.wording(of: error, port: port)
            report.status(thai, english)
            throw ExitStatus.contentErrors.code
        }
    }

    /// Why the port could not be opened, with the option to use instead.
    static func wording(of error: any Error, port: UInt16) -> (thai: String, english: String) {
        let next = port == UInt16.max ? 1313 : port + 1
        switch error as? ListenFailure {
        case .portInUse?:
            return (
                "พอร์ต \(port) ถูกใช้อยู่แล้ว (อาจมี oit serve เปิดอยู่อีกหน้าต่างหนึ่ง) ลองใช้ --port \(next)",
                "port \(port) is already in use (perhaps by another oit serve); try --port \(next)"
            )
        case .permissionDenied?:
            return (
                "ไม่มีสิทธิ์เปิดพอร์ต \(port) (พอร์ตต่ำกว่า 1024 ต้องใช้สิทธิ์ผู้ดูแลระบบ) ลองใช้ --port 1313",
                "no permission to open port \(port) (ports below 1024 need administrator rights); try --port 1313"
            )
        case .refused(_, let reason)?:
            return (
                "เปิดพอร์ต \(port) ไม่ได้ (\(reason)) ลองใช้ --port อื่น", "cannot open port \(port) (\(reason)); try another --port"
            )
        case nil:
            return ("เปิดพอร์ต \(port) ไม่ได้ (\(error)) ลองใช้ --port อื่น", "cannot open port \(port) (\(error)); try another --port")
        }
    }
}

/// Ctrl-C and `kill` end the preview cleanly: the temporary folders are removed.
private func stopOnSignals(_ cleanUp: @escaping @Sendable () -> Void) {
    for number in [SIGINT, SIGTERM] {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
        source.setEventHandler {
            cleanUp()
            exit(0)
        }
        source.resume()
        SignalSources.keep.append(source)
    }
}

/// Keeps the signal sources alive for the life of the process.
private enum SignalSources {
    nonisolated(unsafe) static var keep: [any DispatchSourceSignal] = []
}
