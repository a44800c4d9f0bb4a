import ArgumentParser
import Foundation
import OITLoad
import OITRender
import OITSite

@main
struct OIT: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oit",
        abstract: "สร้างเว็บไซต์เปิดเผยข้อมูล OIT จากไฟล์เนื้อหา / Build OIT disclosure websites from content files.",
        discussion: """
            สถานะเมื่อจบการทำงาน / exit status:
              0  สำเร็จ / ok
              1  เนื้อหามีข้อผิดพลาด (หรือมีคำเตือนเมื่อใช้ --strict) / content errors (or warnings with --strict)
              2  ใช้คำสั่งผิด / usage error
              3  เขียนโฟลเดอร์ผลลัพธ์ไม่ได้ / output folder not writable

            เติมคำสั่งอัตโนมัติ / shell completion: oit --generate-completion-script bash|zsh|fish
            """,
        version: OITVersion.current,
        subcommands: [Build.self, Check.self, Init.self, New.self, Items.self, SetValue.self, Serve.self],
        defaultSubcommand: Build.self)

    /// Runs the command, with argument-parser's usage errors exiting 2 instead of 64 (EX_USAGE),
    /// as the exit codes above promise, and `--experimental-dump-help` in English alone when
    /// `OIT_HELP_ENGLISH=1` (for generate-manual, which keeps ASCII only).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // The man page's source (scripts/make-deb.sh): the help with its English alone.
            if ProcessInfo.processInfo.environment["OIT_HELP_ENGLISH"] == "1",
                CommandLine.arguments.contains("--experimental-dump-help"),
                let english = EnglishHelp.dump(fullMessage(for: error))
            {
                print(english)
                Foundation.exit(0)
            }
            let text = fullMessage(for: error)
            let wording = ParserWording.isParserText(text) && !englishOnly ? ParserWording.localized(text) : text
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((wording + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            if exitCode(for: error) == .success, ParserWording.isParserText(text) {
                FileHandle.standardOutput.write(Data((wording + "\n").utf8))
                Foundation.exit(ExitStatus.ok.rawValue)
            }
            exit(withError: error)
        }
    }

    /// `--lang en` asks for English only, even where the arguments did not parse.
    static var englishOnly: Bool {
        let arguments = CommandLine.arguments
        return arguments.contains("--lang=en")
            || zip(arguments, arguments.dropFirst()).contains { $0 == "--lang" && $1 == "en" }
    }
}

/// The exit statuses `oit` documents.
enum ExitStatus: Int32 {
    case ok = 0
    case contentErrors = 1
    case usage = 2
    case outputNotWritable = 3

    var code: ExitCode { ExitCode(rawValue) }
}
