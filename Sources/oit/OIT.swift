import ArgumentParser

@main
struct OIT: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oit",
        abstract: "สร้างเว็บไซต์เปิดเผยข้อมูล OIT จากไฟล์เนื้อหา / Build OIT disclosure websites from content files.",
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self)
}
