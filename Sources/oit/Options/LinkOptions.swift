import ArgumentParser
import OITCheck
import OITLinks
import OITLoad
import OITModel
import OITRender
import OITSite

/// `oit check --links`: fetch every evidence link, with its timeout, cache age and address overrides.
struct LinkOptions: ParsableArguments {
    @Flag(
        name: .customLong("links"),
        help: "เปิดลิงก์หลักฐานทุกลิงก์ว่ายังใช้ได้ / fetch every evidence link and report dead ones")
    var enabled = false

    @Option(
        name: .customLong("link-timeout"),
        help: ArgumentHelp("วินาทีที่รอแต่ละคำขอ / seconds each request may take", valueName: "seconds"))
    var timeout: Double = 10

    @Option(
        name: .customLong("links-max-age"),
        help: ArgumentHelp(
            "ใช้ผลตรวจเดิมใน .oit-links.json ที่อายุไม่เกินกี่ชั่วโมง (0: ตรวจใหม่ทุกลิงก์) / hours a cached result is used",
            valueName: "hours"))
    var maxAge: Double = 24

    @Option(
        name: .customLong("resolve"),
        help: ArgumentHelp(
            "ส่งคำขอถึง HOST พอร์ต PORT ไปที่ ADDRESS แทน (เช่นเดียวกับ curl ใส่ซ้ำได้) / connect HOST:PORT to ADDRESS (repeatable)",
            valueName: "host:port:address"))
    var resolve: [String] = []

    @Flag(
        name: .customLong("links-need-network"),
        help:
            "ถ้าเปิดลิงก์ใดไม่ได้เลย (เครื่องไม่มีเครือข่าย) ให้ถือเป็นข้อผิดพลาด / fail when no link can be reached at all (no network)")
    var needNetwork = false

    func check(_ language: Language) throws {
        if let bad = resolve.first(where: { ResolveRule(parsing: $0) == nil }) {
            throw ValidationError(
                language.pick(
                    "--resolve \(bad) ต้องเขียนเป็น HOST:PORT:ADDRESS เช่น www.example.go.th:443:127.0.0.1",
                    "--resolve \(bad) must be HOST:PORT:ADDRESS, such as www.example.go.th:443:127.0.0.1"))
        }
        guard timeout > 0, maxAge >= 0 else {
            throw ValidationError(
                language.pick(
                    "--link-timeout ต้องมากกว่า 0 และ --links-max-age ต้องไม่ติดลบ",
                    "--link-timeout must be above 0 and --links-max-age not negative"))
        }
    }

    var settings: LinkSettings {
        var settings = LinkSettings()
        settings.timeout = timeout
        settings.resolve = resolve.compactMap(ResolveRule.init(parsing:))
        return settings
    }
}
